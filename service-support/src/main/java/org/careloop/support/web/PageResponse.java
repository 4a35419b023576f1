package org.careloop.support.web;

import java.util.List;

/** The shape of every list in the API: {@code {items, page, size, total}}. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {
}
