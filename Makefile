# pargimple -- top-level Makefile.  See README.md.
#
#   make              install Debian packages that are missing, build the
#                     patched GCC 12.2.0 out of tree (cached), build and
#                     install the plugin into it
#   make check        the DejaGnu testsuite (TORTURE_OPTS, THREADS select
#                     the differential matrix)
#   make check-full   the torture differential at -O0 -O1 -O2 -O3 -Os,
#                     each with and without -g
#   make bench        time stock / patched / plugin compiles (bench/run.sh;
#                     THREADS, RUNS); builds the stock GCC first
#   make icount       the patch series' own cost in instructions: stock,
#                     patched and the plugin without arguments under
#                     callgrind (bench/icount.sh; ICOUNT_INPUT)
#   make fuzz         csmith differential fuzzing (SEEDS=1-500)
#   make stress       repeated parallel compiles of one input (STRESS_RUNS)
#   make tsan         a -fsanitize=thread build of the patched cc1/cc1plus
#   make check-tsan   ThreadSanitizer run at 4 threads (scripts/tsan.sh)
#   make patches      regenerate patches/ from the patch-queue repository

SHELL := /bin/bash
export PARGIMPLE_CACHE ?= $(HOME)/.cache/pargimple
GCC_BASE   := $(PARGIMPLE_CACHE)/gcc-12.2.0
PREFIX     := $(GCC_BASE)/patched/install
GCC        := $(PREFIX)/bin/gcc
GCC_TESTSUITE := $(GCC_BASE)/patched/src/gcc/testsuite
OBJDIR     := build

TORTURE_OPTS ?= -O2;-O2 -g
THREADS    ?= 1 2 4 L
FULL_OPTS  := -O0;-O0 -g;-O1;-O1 -g;-O2;-O2 -g;-O3;-O3 -g;-Os;-Os -g
RUNTESTFLAGS ?=

PLUGIN_SRCS := $(wildcard plugin/*.cc)
PLUGIN_HDRS := $(wildcard plugin/*.h)
PLUGIN_OBJS := $(PLUGIN_SRCS:plugin/%.cc=$(OBJDIR)/plugin/%.o)
PLUGIN_SO  := $(OBJDIR)/plugin/pargimple.so
PLUGIN_CXXFLAGS := -std=gnu++14 -fPIC -fno-rtti -fno-exceptions -O2 -g \
		   -Wall -Wextra -Wno-unused-parameter

.PHONY: all deps gcc plugin check check-full patches bench icount fuzz stress tsan check-tsan clean

all: plugin

deps:
	@scripts/apt-deps.sh

gcc: deps
	@scripts/build-gcc.sh patched

$(OBJDIR)/plugin/%.o: plugin/%.cc $(PLUGIN_HDRS) | gcc
	@mkdir -p $(@D)
	g++ $(PLUGIN_CXXFLAGS) -MMD -MP -I$$($(GCC) -print-file-name=plugin)/include -c $< -o $@

$(PLUGIN_SO): $(PLUGIN_OBJS)
	g++ -shared -o $@ $^

plugin: gcc $(PLUGIN_SO)
	@install -m 755 $(PLUGIN_SO) "$$($(GCC) -print-file-name=plugin)/pargimple.so"
	@echo "pargimple: [$$(date +%H:%M:%S)] plugin installed: $$($(GCC) -print-file-name=plugin)/pargimple.so"

check: all
	@scripts/check.sh $(OBJDIR)/testsuite GCC_UNDER_TEST=$(GCC) \
	  GCC_TESTSUITE=$(GCC_TESTSUITE) "TORTURE_OPTS=$(TORTURE_OPTS)" \
	  "THREADS=$(THREADS)" $(RUNTESTFLAGS)

check-full:
	@$(MAKE) --no-print-directory check "TORTURE_OPTS=$(FULL_OPTS)"

patches:
	@scripts/export-patches.sh

bench: all
	@scripts/build-gcc.sh stock
	@bench/run.sh

icount: all
	@scripts/build-gcc.sh stock
	@bench/icount.sh

fuzz: all
	@scripts/fuzz.sh

stress: all
	@scripts/stress.sh

tsan: all
	@scripts/tsan.sh build

check-tsan:
	@scripts/tsan.sh check

clean:
	rm -rf $(OBJDIR)

-include $(PLUGIN_OBJS:.o=.d)
