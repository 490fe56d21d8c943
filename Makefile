# Thin wrapper over CMake: `make run` builds and analyses the bundled sample,
# `make test` runs the whole test suite (see scripts/test.sh).
BUILD ?= build

.PHONY: all run test eval clean
all:
	scripts/setup.sh
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	cmake --build $(BUILD)

run: all
	$(BUILD)/rasd extract samples/reports.jsonl

test:
	scripts/test.sh

eval: all
	scripts/eval.sh $(BUILD)/rasd --slices

clean:
	rm -rf $(BUILD) build-asan build-clang
