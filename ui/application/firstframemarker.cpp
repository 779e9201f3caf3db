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

namespace {
qint64 monotonicNs() // CLOCK_MONOTONIC on Linux
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
} // namespace

FirstFrameMarker::FirstFrameMarker(QWidget *window, const Document *document)
    : QObject(window), m_window(window), m_document(document)
{}

void FirstFrameMarker::installIfAsked(QWidget *window, ImportController *importer, const Document *document)
{
    if (!qEnvironmentVariableIsSet(environmentVariable))
        return;
    auto *marker = new FirstFrameMarker(window, document);
    // Connected after the views, so that `replaced` is when they have all taken the new dataset.
    connect(document, &Document::aboutToReplace, marker, [marker] { marker->m_readNs = monotonicNs(); });
    connect(document, &Document::replaced, marker, [marker] { marker->m_replacedNs = monotonicNs(); });
    connect(importer, &ImportController::importFinished, marker, &FirstFrameMarker::armAfter,
            Qt::SingleShotConnection);
}

void FirstFrameMarker::armAfter(bool imported)
{
    if (!imported)
        return;
    // Every view has taken the new dataset and asked for its repaint; the next update of the window paints
    // and flushes them. Paint events go to the views, not to the window itself: watched application-wide.
    m_armed = true;
    QCoreApplication::instance()->installEventFilter(this);
    m_window->windowHandle()->installEventFilter(this);
    m_window->update();
}

bool FirstFrameMarker::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_armed)
        return false;
    QWindow *handle = m_window->windowHandle();
    if (watched != handle) {
        if (event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window)
            m_painted = true;
        return false;
    }
    if (event->type() != QEvent::UpdateRequest && event->type() != QEvent::Expose)
        return false;
    // Delivered here, so that the time taken is that of the painted and flushed frame.
    handle->removeEventFilter(this);
    static_cast<QObject *>(handle)->event(event);
    if (!m_painted) {
        handle->installEventFilter(this);
        return true;
    }
    m_armed = false;
    QCoreApplication::instance()->removeEventFilter(this);
    std::printf("AT_FIRST_FRAME events=%zu read_ns=%lld replaced_ns=%lld monotonic_ns=%lld\n",
                m_document->dataset().events.size(), static_cast<long long>(m_readNs),
                static_cast<long long>(m_replacedNs), static_cast<long long>(monotonicNs()));
    std::fflush(stdout);
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    return true;
}

} // namespace at
