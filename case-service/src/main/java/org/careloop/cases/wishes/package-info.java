/**
 * What the patient wants at the end of life and who speaks for them (goals of care, health care proxy, POLST, code
 * status, place of death). {@code WishesManagement} is its door.
 */
package org.careloop.cases.wishes;
