// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/loaderror.h"

#include <QByteArrayView>
#include <QString>
#include <optional>
#include <simdjson.h>

namespace at {

// The first string or number in a JSON text that RFC 8259 does not allow, and what is wrong with it: a
// control character or an unknown escape in a string, an unpaired UTF-16 surrogate escape, a number of the
// wrong form ("1.e5", "01") or out of range (an integer beyond 64 bits, "1e999").
//
// The readers parse with simdjson, which says that a document is wrong but not where, and ask Qt's parser
// where; Qt accepts all of the above, so this is what says where then. It looks at tokens only, not at the
// structure (Qt has checked that), and runs only on a file that failed to parse.
struct JsonSyntaxProblem {
    qsizetype offset = 0; // where the string's bad character or escape, or the number, starts
    QString message;
};
std::optional<JsonSyntaxProblem> findJsonTokenProblem(QByteArrayView bytes);

// The message for a document that does not parse, and where it goes wrong: simdjson says that a document
// is wrong but not where; Qt's parser says where for most problems and findJsonTokenProblem() for the rest.
// Only runs on a broken file.
LoadError jsonSyntaxError(QByteArrayView bytes, const QString &fileName, simdjson::error_code code);
// What simdjson's error means, in words.
QString jsonParserMessage(simdjson::error_code code);

} // namespace at
