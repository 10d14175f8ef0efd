package eu.vern.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class XhtmlTest {

  @Test
  void escapesMarkupInTextAndAttributes() {
    String out = new Xhtml().start("p", "title", "a \"b\" 'c' <d> & e")
        .text("<script>alert('x')</script> & more").end("p").finish();
    assertThat(out).isEqualTo("<p title=\"a &quot;b&quot; &#39;c&#39; &lt;d&gt; &amp; e\">"
        + "&lt;script&gt;alert('x')&lt;/script&gt; &amp; more</p>");
  }

  @Test
  void replacesCharactersXmlCannotCarry() {
    String out = new Xhtml().start("p").text("a\u0000b\u001Fc\uFFFEd\uD800e 😀 å").end("p").finish();
    assertThat(out).isEqualTo("<p>a\uFFFDb\uFFFDc\uFFFDd\uFFFDe 😀 å</p>");
    assertThat(Page.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\">" + out + "</html>")).isNotNull();
  }

  @Test
  void refusesToCloseAnElementOutOfOrderOrToFinishWithOneOpen() {
    assertThatThrownBy(() -> new Xhtml().start("p").start("em").end("p"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("<em> is open");
    assertThatThrownBy(() -> new Xhtml().start("p").finish())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("left open");
  }
}
