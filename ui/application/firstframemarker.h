// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QObject>

class QWidget;

namespace at {

class Document;
class ImportController;

// For the benchmark of opening a file from the file manager (tests/bench/bench_openfile.cpp): when the
// environment variable AT_FIRST_FRAME_MARKER is set, the first frame of the window painted after the
// command line's dataset replaced the embedded one is reported on stdout as one line,
//     AT_FIRST_FRAME events=1000000 read_ns=... replaced_ns=... monotonic_ns=...
// and the program then quits: the times (CLOCK_MONOTONIC, which the launching process can read too) when
// the read was done and the document was about to take the dataset, when every view had taken it, and when
// the frame was painted and flushed. Unset, it costs one look at the environment. A cancelled or failed
// read reports nothing.
class FirstFrameMarker : public QObject {
    Q_OBJECT
public:
    static constexpr const char *environmentVariable = "AT_FIRST_FRAME_MARKER";
    // Watches `window` once `importer`'s next import has replaced the dataset, when the variable is set.
    static void installIfAsked(QWidget *window, ImportController *importer, const Document *document);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstFrameMarker(QWidget *window, const Document *document);
    void armAfter(bool imported);

    QWidget *m_window;
    const Document *m_document;
    qint64 m_readNs = 0;
    qint64 m_replacedNs = 0;
    bool m_armed = false;
    bool m_painted = false;
};

} // namespace at
