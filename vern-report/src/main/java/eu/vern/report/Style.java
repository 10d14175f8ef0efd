package eu.vern.report;

/**
 * The style sheet of the board documents, for the screen and for print (the PDF is the print
 * rendering). Text is near-black on white or on light tints (contrast above 7:1); each verdict
 * colour only repeats the verdict written in words. Kept to CSS 2.1 and paged media so that the
 * PDF renderer reads it as a browser does.
 */
final class Style {

  private Style() {}

  static final String CSS = """
      @page { size: A4; margin: 18mm 16mm 20mm 16mm;
        @bottom-right { content: counter(page) " / " counter(pages);
          font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: #404040; } }
      html { color: #1a1a1a; background: #ffffff; }
      body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 16px;
        line-height: 1.5; margin: 0 auto; max-width: 62em; padding: 1em 1.5em; }
      h1 { font-size: 1.9em; line-height: 1.2; margin: 0.2em 0 0.6em 0; }
      h2 { font-size: 1.45em; line-height: 1.25; margin: 1.6em 0 0.5em 0;
        border-bottom: 2px solid #1a1a1a; padding-bottom: 0.15em; }
      h3 { font-size: 1.15em; line-height: 1.3; margin: 1.3em 0 0.4em 0; }
      a { color: #0b4f8a; }
      p { margin: 0.4em 0 0.7em 0; }
      .kicker { color: #404040; margin: 0; }
      .note { color: #404040; font-size: 0.92em; }
      .label { font-weight: bold; margin-bottom: 0.2em; }
      dl.facts { margin: 0 0 1em 0; }
      dl.facts dt { font-weight: bold; float: left; clear: left; width: 13em; }
      dl.facts dd { margin: 0 0 0.2em 13.5em; }
      dl.verdicts dt, dl.categories dt, dl.conditions dt { font-weight: bold; margin-top: 0.5em; }
      dl.verdicts dd, dl.categories dd, dl.conditions dd { margin: 0.1em 0 0.3em 1.5em; }
      nav ol { margin: 0.3em 0 1em 0; }
      .rule { border-left: 4px solid #8c8c8c; padding-left: 0.8em; margin: 1.2em 0; }
      .rule h3 { margin-top: 0.2em; }
      ul.references, ul.others, ul.alternatives { margin: 0.2em 0; padding-left: 1.2em; }
      table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1.4em 0; font-size: 0.92em; }
      caption { caption-side: top; text-align: left; font-weight: bold; padding: 0.3em 0; }
      th, td { border: 1px solid #8c8c8c; padding: 0.3em 0.45em; text-align: left;
        vertical-align: top; }
      thead th { background: #e8e8e8; }
      tbody th { background: #f5f5f5; }
      td p { margin: 0 0 0.3em 0; }
      .v, .status { font-weight: bold; border: 1px solid #555555; border-radius: 3px;
        padding: 0 0.3em; white-space: nowrap; color: #1a1a1a; }
      .v-block { background: #fbd9d6; border-color: #a3241b; }
      .v-review { background: #ffe7a8; border-color: #8a5a00; }
      .v-guidance { background: #d4e6f7; border-color: #1f5f9e; }
      .v-allow { background: #d8eedb; border-color: #2d6a31; }
      .status-in-force { background: #d8eedb; border-color: #2d6a31; }
      .status-expired { background: #e6e6e6; border-color: #555555; }
      tr.expired td, tr.expired th { color: #404040; }
      .na { color: #4d4d4d; font-style: italic; }
      td.ages, td.date, .nowrap { white-space: nowrap; }
      th.e-service { width: 12%; }
      th.e-verdict { width: 14%; }
      th.e-audiences { width: 13%; }
      th.e-decision { width: 12%; }
      th.e-justification { width: 21%; }
      th.e-expires { width: 14%; }
      th.e-status { width: 14%; }
      table.matrix td .v { display: block; margin: 0 0 0.2em 0; text-align: left; }
      table.matrix td .sep { display: none; }
      table.current, table.exceptions { table-layout: fixed; }
      table.current .v, table.exceptions .v, table.exceptions .status {
        display: inline-block; white-space: normal; }
      th.c-service { width: 17%; }
      th.c-verdict { width: 17%; }
      th.c-reason { width: 42%; }
      th.c-others { width: 24%; }
      .diff { font-weight: bold; }
      code, pre { font-family: "DejaVu Sans Mono", monospace; }
      pre { white-space: pre-wrap; word-wrap: break-word; font-size: 0.85em; background: #f3f3f3;
        border: 1px solid #cccccc; padding: 0.5em; margin: 0.2em 0 0.6em 0; }
      .url { display: none; }
      footer { margin-top: 2em; border-top: 1px solid #8c8c8c; color: #404040; font-size: 0.9em; }
      @media print {
        body { font-size: 9.5pt; max-width: none; margin: 0; padding: 0; }
        a { color: #1a1a1a; }
        .url { display: inline; font-size: 0.85em; color: #404040; word-wrap: break-word; }
        table { -fs-table-paginate: paginate; }
        thead { display: table-header-group; }
        /* A row split across pages can leave its verdict on one page and its reason on the next. */
        tr { page-break-inside: avoid; }
        h2, h3, caption { page-break-after: avoid; }
        .rule { page-break-inside: avoid; }
      }
      """;
}
