/** {@code vern discover}: which services are in use, from DNS and proxy logs. */
@NullMarked
package eu.vern.cli.discover;

import org.jspecify.annotations.NullMarked;
