// Vern enforcement export, format pac. Do not edit: regenerate it with `vern export pac` or pull it from the feed.
// Guideline: enforce-fixture 1.2.0, "Test town guideline" (Testby kommun)
// Catalog: vern-enforce-fixture 2026.11.24-fixture
// Audience: pupils-primary (Primary pupils)
// Enforces: block (guidance never blocks); assessed as of 2026-11-24 for personal data
// Generated: 2026-11-24T12:00:00Z
// Blocked: 6 names of 3 services
var vernNames = {
  // kidsgram (Kidsgram): block, rule below-minimum-age
  "kidsgram.test": 1,
  // redchat (RedChat): block, rule intelligence-law
  "redchat.test": 1,
  "xn--rdchat-wxa.test": 1,
  "cdn.redchat-static.test": 1,
  // redportal (Red Portal): block, rule intelligence-law
  "portal.test": 1,
  // passes: school-portal (School Portal): allow, verdict allow below a blocked name
  "school.portal.test": 0,
  "": 0
};

function FindProxyForURL(url, host) {
  var h = host.toLowerCase();
  if (h.charAt(h.length - 1) === ".") {
    h = h.substring(0, h.length - 1);
  }
  for (;;) {
    if (Object.prototype.hasOwnProperty.call(vernNames, h)) {
      return vernNames[h] ? "PROXY 127.0.0.1:9" : "DIRECT";
    }
    var dot = h.indexOf(".");
    if (dot < 0) {
      return "DIRECT";
    }
    h = h.substring(dot + 1);
  }
}
