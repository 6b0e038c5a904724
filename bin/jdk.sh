# Sourced by bin/run, bin/test and .ci/run: selects a JDK 21 or newer for the Maven wrapper.
# Keeps JAVA_HOME when it already points to one; otherwise looks in the usual places.
huzhu_java_major() {
  "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}

huzhu_select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(huzhu_java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  for candidate in /usr/lib/jvm/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if [ -x "$candidate/bin/javac" ] && [ "$(huzhu_java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  if command -v javac >/dev/null 2>&1; then
    local home
    home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if [ "$(huzhu_java_major "$home")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$home"
      return 0
    fi
  fi
  echo "Huzhu needs a JDK 21 or newer. Install one (for example Temurin 21 or 25) or set JAVA_HOME to it." >&2
  return 1
}
