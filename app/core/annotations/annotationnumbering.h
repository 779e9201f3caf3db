// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotation.h"

#include <QList>
#include <algorithm>
#include <vector>

namespace at {

// The annotations a picture shows, each as the view draws it (`Mark`, with a `number` member), numbered 1,
// 2... as the picture is read, left to right; notes[i] is the annotation of number i + 1, for the notes
// under the picture.
template <typename Mark> struct NumberedAnnotations {
    std::vector<Mark> marks;
    QList<Annotation> notes;
};

// What a view found it shows of `annotations`: each one's time on the axis, its index in `annotations`
// and its mark.
template <typename Mark> struct ShownAnnotation {
    double time = 0;
    qsizetype index = 0;
    Mark mark;
};

template <typename Mark>
NumberedAnnotations<Mark> numberInTimeOrder(std::vector<ShownAnnotation<Mark>> shown,
                                            const QList<Annotation> &annotations)
{
    // One time's in the order they were written (the store's order).
    std::stable_sort(shown.begin(), shown.end(),
                     [](const auto &a, const auto &b) { return a.time < b.time; });
    NumberedAnnotations<Mark> out;
    for (ShownAnnotation<Mark> &s : shown) {
        s.mark.number = int(out.notes.size()) + 1;
        out.marks.push_back(std::move(s.mark));
        out.notes.append(annotations[s.index]);
    }
    return out;
}

} // namespace at
