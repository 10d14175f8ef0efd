package eu.vern.catalog;

/** What a service is, as a closed set so that rules and reports can rely on it. */
public enum ServiceKind implements Coded {
  AI_ASSISTANT,
  AI_API,
  MESSAGING,
  EMAIL,
  VIDEO_MEETINGS,
  OFFICE_SUITE,
  FILE_STORAGE,
  SOCIAL_MEDIA,
  CLOUD_IAAS,
  CLOUD_PAAS,
  IDENTITY,
  SEARCH,
  BROWSER,
  OPERATING_SYSTEM,
  SECTOR_SYSTEM,
  ANALYTICS,
  ADVERTISING,
  HOSTING,
  CDN,
  MAPS,
  TRANSLATION,
  DNS_RESOLVER,
  OTHER;

  @Override
  public String code() {
    return Coded.kebab(this);
  }

  /** AI services must describe their {@link AiProperties}. */
  public boolean isAi() {
    return this == AI_ASSISTANT || this == AI_API;
  }
}
