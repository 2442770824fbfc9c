# wwc: the What Works Cities self-assessment toolkit.
GO      ?= go
BIN     ?= bin/wwc
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -X main.buildVersion=$(VERSION)

.PHONY: all build demo test vet bench fuzz golden clean

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

## test: go vet, then every test (fuzz seeds included)
test: vet
	$(GO) test -count=1 ./...

vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	$(GO) vet ./...

## bench: the benchmarks (scoring, rubric loading, reading a workbook)
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

## fuzz: run each reader's fuzzer for a while (FUZZTIME=5m)
FUZZTIME ?= 2m
fuzz:
	$(GO) test ./assessment -run '^$$' -fuzz FuzzParseAnswers -fuzztime $(FUZZTIME)
	$(GO) test ./assessment/xlsx -run '^$$' -fuzz FuzzRead -fuzztime $(FUZZTIME)
	$(GO) test ./assessment/csvfile -run '^$$' -fuzz FuzzRead -fuzztime $(FUZZTIME)

## golden: rewrite the golden files after a deliberate change to the output
golden:
	$(GO) test ./scoring/report -update

clean:
	rm -rf bin
