package eu.vern.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.vern.discovery.DiscoveryReport.AudienceService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-audience counts from a subnet map applied before hashing, each with k-suppression. */
class AudiencesTest {

  @TempDir Path dir;

  private static Audiences schoolAndStaff() {
    return Fixtures.pupilsAndStaff("pupils-lower-secondary");
  }

  @Test
  void eachAudienceCountsItsOwnClientsAndSuppressesItsSmallGroups() {
    DiscoveryReport r = Fixtures.run(
        Fixtures.discovery().audiences(schoolAndStaff())
            .verdicts(s -> s.id().equals("dragon-chat") ? "block" : "allow")
            .audienceVerdicts((audience, s) -> audience.startsWith("pupils") ? "block" : "review"),
        Fixtures.log("bind-query.log"));

    assertThat(r.audiences()).hasSize(2);
    var pupils = r.audiences().get(0);
    assertThat(pupils.audience()).isEqualTo("pupils-lower-secondary");
    // dragon-chat: 6 pupils, 12 + 2 queries; nordic-chat: one pupil, suppressed
    assertThat(pupils.services()).extracting(AudienceService::id, AudienceService::queries,
            AudienceService::clients, AudienceService::verdict)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("dragon-chat", 14L, 6L, "block"));
    assertThat(pupils.suppressed()).isEqualTo(1);
    var staff = r.audiences().get(1);
    // staff: nordic-chat 4 clients, dragon-chat 1, dragon-cloud 2: all below 5
    assertThat(staff.services()).isEmpty();
    assertThat(staff.suppressed()).isEqualTo(3);
    assertThat(r.services().get(0).verdict()).isEqualTo("block");
    assertThat(ReportJson.write(r)).contains("\"audience\" : \"pupils-lower-secondary\"");
  }

  @Test
  void theLongestMatchingPrefixWins() {
    Map<String, String> subnets = new LinkedHashMap<>();
    subnets.put("10.0.0.0/8", "staff");
    subnets.put("10.20.1.0/24", "pupils");
    Audiences a = Audiences.of(subnets);
    byte[] pupil = "10.20.1.16".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] other = "10.30.0.21".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] outside = "192.0.2.1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    long[] scratch = new long[2];
    assertThat(a.ids().get(a.audienceOf(pupil, 0, pupil.length, scratch))).isEqualTo("pupils");
    assertThat(a.ids().get(a.audienceOf(other, 0, other.length, scratch))).isEqualTo("staff");
    assertThat(a.audienceOf(outside, 0, outside.length, scratch)).isEqualTo(-1);
  }

  @Test
  void aSubnetMapFileWithABadLineNamesTheFileAndLine() throws IOException {
    Path map = dir.resolve("audiences.txt");
    Files.writeString(map, "# school network\n10.20.0.0/16 pupils\n10.30.0.0/33 staff\n");
    assertThatThrownBy(() -> Audiences.read(map))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(map + ":3: '10.30.0.0/33' is not a subnet in CIDR notation");
  }
}
