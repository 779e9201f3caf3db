// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotationfields.h"
#include "app/core/annotations/annotationio.h"

#include <utility>

namespace at {

// What the JSON and CSV readers collect while they read, turned into their all-or-nothing result at the
// end: any error, and no annotation is returned.
struct AnnotationReading {
    QList<Annotation> annotations;
    QList<LoadError> errors;

    AnnotationReadResult result() &&
    {
        if (!errors.isEmpty())
            return Unexpected(std::move(errors));
        return std::move(annotations);
    }
};

// A file over maxAnnotationFileBytes: what it is and what to do.
inline QString annotationFileTooLarge(qint64 bytes)
{
    return AnnotationIoText::tr("the file is %1 bytes, over the limit of %2 bytes for a file of annotations; "
                                "split it into smaller files and import each (an import adds to the "
                                "annotations already there)")
        .arg(bytes)
        .arg(maxAnnotationFileBytes);
}

} // namespace at
