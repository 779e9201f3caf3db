// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotationchoice.h"
#include "app/core/eventfilter.h"
#include "app/core/expected.h"
#include "app/core/language.h"
#include "app/core/theme.h"
#include "app/core/vocabulary.h"

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

namespace at {

// What the command line asked for. Parsed and checked whole before any application object exists, so
// that a bad argument ends the program with one clear line whatever the display, and nothing else happens.
struct CommandLine {
    enum class Task {
        Window,  // open the window
        Export,  // draw pictures and reports without a window (no display needed)
        Help,    // print the help and exit
        Version, // print the version and exit
    };
    struct Export {
        QString view; // a name from the view registry: timeline, users...
        QString out;
    };
    Task task = Task::Window;
    QList<Export> exports;
    // Annotation reports to write (--report): a folder (report.md and its pictures) or a .pdf file.
    QStringList reports;
    QSize size{1920, 1080};
    // The time range of the pictures (Julian days, [from, to) with `to` the day after --to's last day);
    // both ends or neither.
    double from = 0;
    double to = 0;
    bool hasRange() const { return to > from; }
    // The time cursor of the pictures (the last day of --cursor's period), drawn only when given.
    std::optional<double> cursor;
    // The filter, as the filter bar sets it in the window. Companies are named by id and found once the
    // dataset is loaded (resolveFilter()).
    struct Filter {
        QStringList entities;
        QList<Sector> sectors;
        QList<Kind> kinds;
        QList<Status> statuses;
        QString text;
    };
    Filter filter;
    std::optional<Language> language;
    std::optional<Theme> theme;
    // Dataset files and folders to load, as one dataset, instead of the embedded one: every --dataset, then
    // the positional files that are not a workspace (what a file manager passes).
    QStringList datasets;
    QString workspace; // --workspace, or a positional .atws file
    // --max-file-size: the import size limit of this run, over the setting "Import size limit".
    std::optional<qint64> maxFileSize;
    // Which annotations of the workspace the pictures carry (--annotations); unset: all of them when a
    // workspace is given, else none.
    std::optional<AnnotationChoice> annotations;
    AnnotationChoice annotationChoice() const
    {
        return annotations.value_or(workspace.isEmpty() ? AnnotationChoice::none() : AnnotationChoice::all());
    }
    QString helpText;
};

// A bad command line: one sentence, in the language of the translations installed when it was parsed.
struct CommandLineError {
    QString message;
};

// Parses and checks every argument (args[0] is the program). `viewNames` are the views --export accepts,
// in the order --help lists them. Messages use whatever translations are installed; with none (before the
// application object exists) they are English.
Expected<CommandLine, CommandLineError> parseCommandLine(const QStringList &args,
                                                         const QStringList &viewNames);

// The command line's filter for a dataset: the companies' ids become indexes. An id the dataset does not
// have is an error of the command line.
Expected<EventFilter, CommandLineError> resolveFilter(const CommandLine::Filter &filter,
                                                      const Dataset &dataset);

// The annotations of the workspace (`workspaceAnnotations`, read from `workspace`) that the command line's
// pictures carry. A tag or an author that none of them has is an error of the command line: a picture
// without the notes asked for would look like one with none to give.
Expected<QList<Annotation>, CommandLineError>
chooseAnnotations(const CommandLine &commandLine, const QList<Annotation> &workspaceAnnotations);

// The language --lang names, looked for on its own so that even a command line that does not parse is
// answered in the language it asked for. Nothing when --lang is absent or names no language.
std::optional<Language> languageArgument(const QStringList &args);

// argv as QStrings, without the options Qt's own application object takes (-platform, -style, ...): those
// are Qt's to read, and the parser would call them unknown.
QStringList commandLineArguments(int argc, char **argv);

} // namespace at
