package org.careloop.referrals.directory;

import java.util.List;

/** One page of the services a search found, and how many it found in all. */
public record ServicePage(List<DirectoryService> items, long total) {
}
