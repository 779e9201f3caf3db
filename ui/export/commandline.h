// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

namespace at {

// What the command line asked for. Parsed before anything is shown, so that a bad argument ends the
// program with one clear line and nothing else happens.
struct CommandLine {
    struct Export {
        QString view; // timeline, users, im-share, microblog-share
        QString out;
    };
    QList<Export> exports;
    QSize size{1920, 1080};
    double from = 0; // Julian days; 0: the whole dataset
    double to = 0;
    QString language; // empty, "en" or "zh_CN"
    QString theme;    // empty, "light" or "dark"
    QString dataset;  // a dataset file to load instead of the embedded one
    QString file;     // a positional file (a workspace, from the file manager)
    bool help = false;
    bool version = false;
    QString helpText;
};

// The views that can be exported, in the order --help lists them.
QStringList exportViewNames();

// Parses arguments (argv without the program name's special meaning: args[0] is the program).
// On error returns nullopt and sets `error` to a one-line message.
std::optional<CommandLine> parseCommandLine(const QStringList &args, QString *error);

// True when the arguments ask for an export: the app then runs headless, choosing the offscreen platform
// itself when there is no display. Called before the QApplication exists.
bool isHeadlessInvocation(int argc, char **argv);

} // namespace at
