# wwc: the What Works Cities self-assessment toolkit.
GO      ?= go
BIN     ?= bin/wwc
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -X main.buildVersion=$(VERSION)

.PHONY: all build demo test vet bench bench-batch fuzz golden docs clean

all: build

## build: compile bin/wwc
build:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/wwc

## demo: score a sample city (Maipú, in Spanish) with the embedded rubric
demo: build
	@echo '$$ wwc score testdata/cities/maipu-2024.yaml --lang es'
	@$(BIN) score testdata/cities/maipu-2024.yaml --lang es
	@echo
	@echo '$$ wwc score testdata/cities/lakeside-2025.yaml --min-tier gold'
	@$(BIN) score testdata/cities/lakeside-2025.yaml --min-tier gold || echo "(exit code $$?: below the required tier)"

## test: gofmt, go vet, staticcheck and go.mod tidiness, then every test (fuzz seeds included)
test: vet
	$(GO) test -count=1 ./...

## vet: gofmt, go vet, staticcheck (a pinned Go tool dependency) and go mod tidy -diff
vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	$(GO) vet ./... ./testdata/gen
	$(GO) tool staticcheck ./... ./testdata/gen
	$(GO) mod tidy -diff

## bench: the benchmarks (scoring, rubric loading, reading a workbook)
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

## bench-batch: time `wwc batch` over N generated workbooks (N=2000), whole process, 5 runs
## (FORMATS=xlsx,ods,xls mixes the formats)
N ?= 2000
FORMATS ?= xlsx
BENCH_DIR ?= /tmp/wwc-bench-$(N)-$(subst $(comma),-,$(FORMATS))
comma := ,
bench-batch: build
	@test -d $(BENCH_DIR) || $(GO) run ./testdata/gen -n $(N) -o $(BENCH_DIR) --formats $(FORMATS)
	@for i in 1 2 3 4 5; do /usr/bin/time -f "%e s elapsed, %M KB peak RSS" $(BIN) batch $(BENCH_DIR) -o $(BENCH_DIR).summary.csv 2>&1 | tail -1; done

## fuzz: run every fuzzer in the repo in turn, each for FUZZTIME (FUZZTIME=5m FUZZPARALLEL=1)
FUZZTIME ?= 2m
FUZZMINIMIZETIME ?= 100x
FUZZPARALLEL ?=
fuzz:
	@set -e; for file in $$(grep -l '^func Fuzz' $$(find . -name '*_test.go' -not -path './.git/*' | sort)); do \
		for target in $$(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' $$file); do \
			echo "== $$(dirname $$file) $$target"; \
			$(GO) test ./$$(dirname $$file) -run '^$$' -fuzz "^$$target\$$" -fuzztime $(FUZZTIME) \
				-fuzzminimizetime $(FUZZMINIMIZETIME) $(if $(FUZZPARALLEL),-parallel $(FUZZPARALLEL)); \
		done; \
	done

## golden: rewrite the golden files after a deliberate change to the output
golden:
	$(GO) test ./scoring/report/... -update

## docs: rewrite the command reference (docs/reference, Markdown) and man pages (docs/man)
## from the command tree; a test fails when the committed ones are stale
docs:
	$(GO) test ./cmd/wwc -run '^TestReferenceDocs$$' -count=1 -update-docs

clean:
	rm -rf bin
