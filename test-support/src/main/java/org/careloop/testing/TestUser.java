package org.careloop.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** A person as the test issuer describes them in a token; the demo users of the README plus a second team. */
public record TestUser(String username, List<String> roles, String team, String orgId) {

    public static final String SUNRISE_HOSPICE = "5a1e0000-0000-4000-8000-000000000001";
    public static final String RIVERSIDE_COMMUNITY_AID = "5a1e0000-0000-4000-8000-000000000002";

    public static final TestUser SAM = new TestUser("sam", List.of("social-worker"), "palliative-north", null);
    public static final TestUser SARA = new TestUser("sara", List.of("social-worker"), "palliative-north", null);
    public static final TestUser SUE = new TestUser("sue", List.of("supervisor"), "palliative-north", null);
    public static final TestUser HANA = new TestUser("hana", List.of("hospice-staff"), null, SUNRISE_HOSPICE);
    public static final TestUser CARL = new TestUser("carl", List.of("hospice-staff"), null, RIVERSIDE_COMMUNITY_AID);
    public static final TestUser ADAM = new TestUser("adam", List.of("admin"), null, null);
    /** A social worker and a supervisor of another team, to prove that teams do not see each other's cases. */
    public static final TestUser NINA = new TestUser("nina", List.of("social-worker"), "palliative-south", null);
    public static final TestUser SOL = new TestUser("sol", List.of("supervisor"), "palliative-south", null);

    /** The token subject (sub) the test issuer gives this person: who they are, where the username is a name. */
    public String subject() {
        return subjectOf(username);
    }

    public static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
