package eu.vern.guidelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/guidelines.md is how people learn what a rule can read: every field must be in it. */
class RuleModelDocumentationTest {

  @Test
  void everyFieldOfTheRuleModelAndEveryPlaceholderIsDocumented() throws IOException {
    String docs = Files.readString(Shipped.ROOT.resolve("docs/guidelines.md"));
    for (Map<String, ?> fields : java.util.List.of(RuleModel.SERVICE_FIELDS, RuleModel.LAW_FIELDS,
        RuleModel.JURISDICTION_FIELDS, RuleModel.VENDOR_FIELDS, RuleModel.AI_FIELDS,
        RuleModel.MINORS_FIELDS, RuleModel.AUDIENCE_FIELDS)) {
      for (String field : fields.keySet()) {
        assertThat(docs).as(field).contains("`" + field + "`");
      }
    }
    for (String placeholder : Placeholders.NAMES) {
      assertThat(docs).as(placeholder).contains("{" + placeholder + "}");
    }
  }
}
