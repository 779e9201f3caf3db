// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/application/firstframemarker.h"

#include "app/core/document.h"
#include "ui/import/importcontroller.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>
#include <QWindow>
#include <chrono>
#include <cstdio>

namespace at {

FirstFrameMarker::FirstFrameMarker(QWidget *window, const Document *document)
    : QObject(window), m_window(window), m_document(document)
{}

void FirstFrameMarker::installIfAsked(QWidget *window, ImportController *importer, const Document *document)
{
    if (!qEnvironmentVariableIsSet(environmentVariable))
        return;
    auto *marker = new FirstFrameMarker(window, document);
    connect(importer, &ImportController::importFinished, marker, &FirstFrameMarker::armAfter,
            Qt::SingleShotConnection);
}

void FirstFrameMarker::armAfter(bool imported)
{
    if (!imported)
        return;
    // The views have taken the new dataset and asked for repaints; the next update of the window paints
    // and flushes them.
    m_armed = true;
    m_window->installEventFilter(this);
    m_window->windowHandle()->installEventFilter(this);
    m_window->update();
}

bool FirstFrameMarker::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_armed)
        return false;
    if (watched == m_window) {
        if (event->type() == QEvent::Paint)
            m_painted = true;
        return false;
    }
    if (event->type() != QEvent::UpdateRequest && event->type() != QEvent::Expose)
        return false;
    // Delivered here, so that the time taken is that of the painted and flushed frame.
    QWindow *handle = m_window->windowHandle();
    handle->removeEventFilter(this);
    static_cast<QObject *>(handle)->event(event);
    if (!m_painted) {
        handle->installEventFilter(this);
        return true;
    }
    m_armed = false;
    m_window->removeEventFilter(this);
    const auto now = std::chrono::steady_clock::now().time_since_epoch(); // CLOCK_MONOTONIC on Linux
    std::printf("AT_FIRST_FRAME events=%zu monotonic_ns=%lld\n", m_document->dataset().events.size(),
                static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
    std::fflush(stdout);
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    return true;
}

} // namespace at
