// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotation.h"

#include <QCoreApplication>

class QWidget;

namespace at {

class AnnotationEdits;
class Dataset;

// What the timeline's hands-on edits of spans and periods become: a new annotation (after asking for its
// text) or a new range for one, each one undo step through AnnotationEdits. A save that failed says why.
class RangeAnnotations {
    Q_DECLARE_TR_FUNCTIONS(at::RangeAnnotations)
public:
    // Asks for the text of a new annotation on `target` (a span or a period) and adds it; nothing when the
    // question is cancelled or answered with no text.
    static void annotate(AnnotationEdits *edits, const Dataset &dataset, const AnnotationTarget &target,
                         const QLocale &locale, QWidget *parent);
    // Saves the new first and last day of a span or a period moved or resized by hand.
    static void setRange(AnnotationEdits *edits, const QString &id, const AnnotationTarget &range,
                         QWidget *parent);
};

} // namespace at
