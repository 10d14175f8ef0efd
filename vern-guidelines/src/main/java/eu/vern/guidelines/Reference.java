package eu.vern.guidelines;

import java.net.URI;

/** A law, decision or guidance a rule rests on, with where to read it. */
public record Reference(String title, URI url) {}
