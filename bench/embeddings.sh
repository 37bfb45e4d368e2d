#!/usr/bin/env bash
# Sentence embeddings as a scoring signal (docs/embeddings-measurement.md): what they cost.
#   bench/embeddings.sh [measure]
# 1. cost in fresh JVMs (3 runs each): the scorer alone (bank loaded, blind set scored) and the
#    same JVM after loading the in-process quantized all-MiniLM-L6-v2 and embedding 300-word
#    answers: load time, ms per answer, RSS;
# 2. jar size: the shaded product jar without and with the model on board (all platforms, and
#    Linux x64 only);
# 3. with "measure": the quality measurement too (mvn -Pembeddings exec:java).
# Nothing here is part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
mvn -q -B -Pembeddings test-compile
mvn -q -B -Pembeddings dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/embeddings/classpath.txt > /dev/null
# a fixed, pre-touched heap, so the RSS difference is what the model adds outside it
jvm=(-Xms512m -Xmx512m -XX:+AlwaysPreTouch)
cp="target/classes:target/test-classes:$(cat target/embeddings/classpath.txt)"
for i in 1 2 3; do
  echo "== fresh JVM $i: scorer only"
  java "${jvm[@]}" -cp "$cp" dev.mockloop.scoring.EmbeddingMeasurement cost-baseline 2>/dev/null
  echo "== fresh JVM $i: scorer + model"
  java "${jvm[@]}" -cp "$cp" dev.mockloop.scoring.EmbeddingMeasurement cost 2>/dev/null
done

echo "== jar size"
mkdir -p target/embeddings
mvn -q -B -Dmaven.test.skip=true package
cp target/mockloop.jar target/embeddings/mockloop-without.jar
mvn -q -B -Pembeddings-jar -Dmaven.test.skip=true package
cp target/mockloop.jar target/embeddings/mockloop-with.jar
cp target/embeddings/mockloop-with.jar target/embeddings/mockloop-with-linux-x64.jar
# keep only the Linux x64 natives of ONNX Runtime and the tokenizer
zip -q -d target/embeddings/mockloop-with-linux-x64.jar \
  'ai/onnxruntime/native/osx-*' 'ai/onnxruntime/native/win-*' 'ai/onnxruntime/native/linux-aarch64/*' \
  'native/lib/osx-*' 'native/lib/win-*' 'native/lib/linux-aarch64/*' > /dev/null || true
mvn -q -B -Dmaven.test.skip=true package   # leave the product jar as it was
for f in without with with-linux-x64; do
  printf '%-32s %6.1f MB\n' "mockloop-$f.jar" \
    "$(echo "$(stat -c %s target/embeddings/mockloop-$f.jar) / 1048576" | bc -l)"
done

if [[ "${1:-}" == measure ]]; then
  mvn -q -B -Pembeddings exec:java
fi
