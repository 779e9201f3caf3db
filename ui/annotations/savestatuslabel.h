// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/storeerror.h"

#include <QLabel>
#include <QLocale>

namespace at {

class AnnotationStore;

// The saved marker: "Saved 14:03:22" once a write is committed to disk, "Not saved: why" when one failed.
// Plain text; the failure's detail is in the tooltip, escaped.
class SaveStatusLabel : public QLabel {
    Q_OBJECT
public:
    enum class State { Idle, Saved, Failed };

    explicit SaveStatusLabel(const AnnotationStore *store, QWidget *parent = nullptr);
    void setLocale(const QLocale &locale) { m_locale = locale; }
    State state() const { return m_state; }

    void showSaved(const QDateTime &when);
    void showFailed(const StoreError &error);
    void clearStatus();

private:
    QLocale m_locale;
    State m_state = State::Idle;
};

} // namespace at
