# Sourced by ./mvnw and ./vern: build and run with the newest JDK (21 or newer) on this machine,
# so that nobody has to export JAVA_HOME by hand. A JAVA_HOME that already names JDK 21+ is kept.
vern_jdk_major() {
  [ -f "$1/release" ] || { echo 0; return; }
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
  echo "${v:-0}"
}
if [ -z "${JAVA_HOME:-}" ] || [ "$(vern_jdk_major "$JAVA_HOME")" -lt 21 ]; then
  vern_best="" vern_best_major=0 vern_glob_off=""
  case $- in *f*) vern_glob_off=1; set +f ;; esac
  for vern_dir in /usr/lib/jvm/* /opt/java/* /usr/local/lib/jvm/*; do
    [ -x "$vern_dir/bin/javac" ] || continue
    vern_major=$(vern_jdk_major "$vern_dir")
    if [ "$vern_major" -gt "$vern_best_major" ]; then vern_best=$vern_dir vern_best_major=$vern_major; fi
  done
  [ -n "$vern_glob_off" ] && set -f
  if [ "$vern_best_major" -ge 21 ]; then
    JAVA_HOME=$vern_best
    export JAVA_HOME
  fi
fi
