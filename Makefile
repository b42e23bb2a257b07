# The two commands a fresh machine needs: `make demo` and `make test`.
BUILD   ?= build/release
JOBS    ?= $(shell nproc)
CORPKG  := $(BUILD)/cli/corpkg
OUT     := out
FUZZ_SECONDS ?= 600

.PHONY: all deps build demo test check bench fuzz clean

all: build

deps:
	@bash scripts/install-deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@bash scripts/demo.sh $(CORPKG) $(OUT)

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

check: deps
	@cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCORPKG_SANITIZE=ON >/dev/null
	@cmake --build build/asan -j $(JOBS)
	@cd build/asan && LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp ctest --output-on-failure -j $(JOBS)

# libFuzzer targets with ASan/UBSan, each run FUZZ_SECONDS from a seeded corpus.
fuzz:
	@CORPKG_WITH_FUZZ=1 bash scripts/install-deps.sh
	@cmake -S . -B build/fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DCORPKG_FUZZ=ON -DCORPKG_BUILD_TESTS=OFF >/dev/null
	@cmake --build build/fuzz -j $(JOBS) --target corpkg_fuzz_targets
	@bash tests/fuzz/run.sh build/fuzz $(FUZZ_SECONDS)

# Every benchmark beside networkx and igraph, one table (a few minutes on 2 cores).
bench: build
	@python3 tests/bench/run_all.py --corpkg $(CORPKG)

clean:
	@rm -rf build $(OUT)
