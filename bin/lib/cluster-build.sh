# Sourced by bin/cluster-test and bin/cluster-scaling: the platform's jar and the load generator's,
# built when missing or older than a source of their modules. Needs find-jdk.sh sourced and the
# repository as the working directory. Sets qrqg_server_jar and qrqg_bench_jar.

qrqg_server_jar=$PWD/qrqg-server/target/qrqg-server.jar
qrqg_bench_jar=$PWD/qrqg-bench/target/benchmarks.jar

qrqg_jars_stale() { # a jar missing, or older than a source of the modules
  local jar
  for jar in "$qrqg_server_jar" "$qrqg_bench_jar"; do
    [ -f "$jar" ] || return 0
    [ -z "$(find pom.xml qrqg-*/pom.xml qrqg-codec/src/main qrqg-dcc/src/main qrqg-server/src/main qrqg-bench/src/main \
      -newer "$jar" -print -quit 2>/dev/null)" ] || return 0
  done
  return 1
}

# qrqg_jars_build NAME: builds both when stale (at most 20 minutes); NAME says who in messages
qrqg_jars_build() {
  qrqg_jars_stale || return 0
  echo "$1: building the platform and the load generator…" >&2
  timeout 1200 ./mvnw -B -ntp -q -pl qrqg-codec,qrqg-dcc,qrqg-server,qrqg-bench -am package -DskipTests -Djazzer.fuzz=0 \
    >"/tmp/qrqg-$1-build.log" 2>&1 || { echo "$1: the build failed; see /tmp/qrqg-$1-build.log" >&2; return 1; }
}
