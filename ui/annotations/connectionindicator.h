// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/storeerror.h"

#include <QLabel>

namespace at {

class AnnotationStore;

// The status bar's word on the team workspace server: connected, reconnecting (the connection was lost and
// is tried again by itself; nothing is saved meanwhile) or read-only (the role may not write). Hidden while
// a workspace file is open. It follows the store: its connection signal, its failed writes, a new workspace.
class ConnectionIndicator : public QLabel {
    Q_OBJECT
public:
    enum class State { Hidden, Connected, Reconnecting, ReadOnly };

    explicit ConnectionIndicator(const AnnotationStore *store, QWidget *parent = nullptr);
    State state() const { return m_state; }

private:
    void follow();
    void writeFailed(const StoreError &error);
    QString privacy() const;

    const AnnotationStore *m_store;
    State m_state = State::Hidden;
    bool m_refusedWrite = false;
};

} // namespace at
