// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <cstddef>
#include <cstdint>

// The fuzz targets' entry points. Each returns 0 and aborts (after saying why on stderr) when a reader
// crashes, breaks its contract or disagrees with the reference reader. libFuzzer calls them through
// LLVMFuzzerTestOneInput (tests/fuzz/build.sh, clang, -DAT_LIBFUZZER); tst_fuzzcorpus calls them for every
// file of tests/fuzz/corpus/<target>/ in the normal build.
namespace at::fuzz {

// Any bytes as a JSON dataset, read by the fast reader and by the reference reader, which must agree.
int jsonReader(const std::uint8_t *data, std::size_t size);
// Any bytes as a set of CSV tables (format in fuzz_csv_reader.cpp), with and without a loaded dataset.
int csvReader(const std::uint8_t *data, std::size_t size);
// The bytes drive a generator of JSON datasets that are well formed but wrong in every way the checks
// know (and some they might not), so that the fuzzer spends its time in validation, not in the parser.
int validator(const std::uint8_t *data, std::size_t size);

} // namespace at::fuzz

#if defined(AT_LIBFUZZER)
#define AT_FUZZ_TARGET(function)                                                                             \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)                        \
    {                                                                                                        \
        return function(data, size);                                                                         \
    }
#else
#define AT_FUZZ_TARGET(function)
#endif
