// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QString>
#include <vector>

namespace at {

// An annotation as the timeline draws it: a company over a span as a band on that company's lane, a period
// as a band across every lane, each with its label (on screen) or its number (in a picture, where the text
// goes into the notes under it); an event's annotation, in a picture, as its number beside the marker.
struct AnnotationMark {
    enum class Kind : quint8 { Event, Span, Period };
    Kind kind = Kind::Span;
    QString id;      // the annotation's
    int event = -1;  // Event: index into Dataset::events
    int entity = -1; // Span: index into Dataset::entities
    double from = 0; // Span, Period: [from, to) in Julian days
    double to = 0;
    QString label;  // plain text, drawn elided to the band; empty: the number alone
    int number = 0; // in a picture, its number in the notes; 0: none
};
using AnnotationMarks = std::vector<AnnotationMark>;

} // namespace at
