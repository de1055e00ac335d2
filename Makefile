# Thin wrapper: every target installs what it needs, configures and builds.
# CI=true uses its own build directory, -Werror and two jobs.
ifeq ($(CI),true)
PRESET ?= ci
BUILD_DIR ?= build-ci
JOBS ?= 2
else
PRESET ?= default
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
endif
LEDGER ?= $(BUILD_DIR)/demo/demo.taizhang
DEMO_CASES ?= 5000
BENCH_CASES ?= 1000000

.PHONY: all deps configure build run test bench bench-counter bench-sync bench-load fuzz demo screenshots clean format

all: build

deps:
	@./packaging/debian/install-deps.sh

configure: deps
	@if [ ! -f $(BUILD_DIR)/build.ninja ]; then cmake --preset $(PRESET); fi

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

demo: build
	@if [ ! -f $(LEDGER) ]; then \
		mkdir -p $(dir $(LEDGER)) && \
		$(BUILD_DIR)/app/cli/taizhang-cli --ledger $(LEDGER) demo --cases $(DEMO_CASES); \
	fi

# Opens the demo ledger signed in as its village counter clerk (the demo password is public).
run: demo
	TAIZHANG_PASSWORD=demo-2026 $(BUILD_DIR)/app/desktop/taizhang --ledger $(LEDGER) --user counter

# Every screen on the demo ledger, in Chinese, into docs/screenshots (under xvfb-run: no display
# needed). Look at them before committing.
SHOTS ?= docs/screenshots
SHOT = TAIZHANG_PASSWORD=demo-2026 xvfb-run -a -s "-screen 0 1366x768x24" $(BUILD_DIR)/app/desktop/taizhang --ledger $(LEDGER)
screenshots: demo
	mkdir -p $(SHOTS)
	$(SHOT) --screenshot $(SHOTS)/login.png
	rm -rf $(BUILD_DIR)/new-laptop && mkdir -p $(BUILD_DIR)/new-laptop
	xvfb-run -a -s "-screen 0 1366x768x24" $(BUILD_DIR)/app/desktop/taizhang \
		--ledger $(BUILD_DIR)/new-laptop/ledger.taizhang --screenshot $(SHOTS)/setup.png
	$(SHOT) --user counter --page 2 --screenshot $(SHOTS)/intake.png
	$(SHOT) --user handler --page 1 --screenshot $(SHOTS)/workbench.png
	$(SHOT) --user supervisor --page 3 --screenshot $(SHOTS)/cases.png
	$(SHOT) --user counter --page 4 --screenshot $(SHOTS)/followups.png
	$(SHOT) --user supervisor --page 5 --screenshot $(SHOTS)/supervision.png
	$(SHOT) --user admin --page 6 --screenshot $(SHOTS)/recurring.png
	$(SHOT) --user counter --page 7 --search 韦 --screenshot $(SHOTS)/residents.png
	$(SHOT) --user supervisor --page 8 --screenshot $(SHOTS)/statistics.png
	$(SHOT) --user admin --page 9 --screenshot $(SHOTS)/settings.png
	TZ_SCREENSHOTS=$(abspath $(SHOTS)) QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/tests/ui_tests "[.screenshot]"

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS) --timeout 900

bench: build
	$(BUILD_DIR)/tests/bench/taizhang-bench --cases $(BENCH_CASES) --out $(BUILD_DIR)/bench

# The counter clerk's keystrokes and time, first key to receipt PDF, for a returning resident's
# 即办 request on the benchmark ledger (`make bench` makes it). Each run adds a case to it.
BENCH_LEDGER ?= $(BUILD_DIR)/bench/ledger-$(BENCH_CASES).taizhang
bench-counter: build
	$(BUILD_DIR)/tests/bench/taizhang-counter-bench --ledger $(BENCH_LEDGER) --runs 30

# Sync side by side with the PouchDB peer, same records and count (needs node and npm).
SYNC_CASES ?= 10000
SYNC_DELAY_MS ?= 0
POUCHDB_DIR ?= ../shared/bench/pouchdb
bench-sync: build
	tests/bench/sync-vs-pouchdb.sh $(BUILD_DIR) $(SYNC_CASES) $(POUCHDB_DIR) $(SYNC_DELAY_MS)

# LOAD_DEVICES simulated devices syncing once each within LOAD_SECONDS against one server on a
# throwaway PostgreSQL cluster (LOAD_STORE=sqlite for the SQLite store).
LOAD_DEVICES ?= 2000
LOAD_SECONDS ?= 60
LOAD_STORE ?= postgres
bench-load: build
	$(BUILD_DIR)/tests/bench/taizhang-load-bench --devices $(LOAD_DEVICES) --seconds $(LOAD_SECONDS) \
	    --store $(LOAD_STORE)

# The sync request decoder under libFuzzer (needs clang), for FUZZ_SECONDS.
FUZZ_SECONDS ?= 60
fuzz:
	cmake -S tests/fuzz -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build build-fuzz
	build-fuzz/wire_seed build-fuzz/corpus
	build-fuzz/wire_fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=65536 build-fuzz/corpus

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR)
