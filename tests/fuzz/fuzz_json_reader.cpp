// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "tests/fuzz/fuzzcheck.h"
#include "tests/fuzz/fuzztargets.h"

// Raw bytes as a JSON dataset file. Both readers must say the same, whatever the bytes; with at most 100
// errors and with few (the fast reader stops reading early when the errors it has already fill the list,
// which is where it could most easily part from the reference).
int at::fuzz::jsonReader(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    compareJsonReaders(bytes, 100);
    compareJsonReaders(bytes, 1 + int(size % 5));
    return 0;
}

AT_FUZZ_TARGET(at::fuzz::jsonReader)
