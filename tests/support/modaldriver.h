// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

// Answers the modal dialogs that a call opens (a password prompt, a message box), for the tests of the
// windows that open them. Header-only: only the tests that link widgets include it.

#include <QApplication>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <functional>

namespace at::testing {

// Answers the modal dialogs in order, each by its handler (which records what it saw and closes it).
class ModalDriver : public QObject {
public:
    explicit ModalDriver(QList<std::function<void(QWidget *)>> handlers) : m_handlers(std::move(handlers))
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal == m_last || m_handlers.isEmpty())
                return;
            m_last = modal;
            m_handlers.takeFirst()(modal);
        });
        m_timer.start();
    }
    bool done() const { return m_handlers.isEmpty(); }

private:
    QList<std::function<void(QWidget *)>> m_handlers;
    QTimer m_timer;
    QPointer<QWidget> m_last; // a dialog made after this one is gone may reuse its address
};

} // namespace at::testing
