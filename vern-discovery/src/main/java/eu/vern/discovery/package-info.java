/**
 * Reads DNS and proxy logs (BIND, Unbound, dnsmasq and Pi-hole, Zeek, Squid, Windows DNS, CSV)
 * byte by byte, maps each queried host to a catalog service or a registrable domain, and counts
 * queries and pseudonymous clients. Entry point: {@link eu.vern.discovery.Discovery}.
 */
@NullMarked
package eu.vern.discovery;

import org.jspecify.annotations.NullMarked;
