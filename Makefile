# Thin wrapper over CMake: `make run` builds rasd and shows the incidents of
# the bundled sample with their disputes, `make test` runs the whole test
# suite (scripts/test.sh).  Building rasd needs no test package: the tests
# are built when cmocka is installed (RASD_BUILD_TESTS=AUTO).
BUILD ?= build
DB = $(BUILD)/sample.db

.PHONY: all configure run test eval clean
all: configure
	cmake --build $(BUILD)

configure:
	scripts/setup.sh
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

run: configure
	cmake --build $(BUILD) --target rasd
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BUILD)/rasd ingest --db $(DB) samples/
	$(BUILD)/rasd incidents --db $(DB) --format text
	@echo "Review page: $(BUILD)/rasd serve --db $(DB), then open http://127.0.0.1:8080/ (JSON: drop --format text)"

test:
	scripts/test.sh

eval: all
	scripts/eval.sh $(BUILD)/rasd --slices

clean:
	rm -rf $(BUILD) build-asan build-clang build-nocmocka
