// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/application/application.h"

#include "app/core/annotations/annotationedits.h"
#include "app/core/annotations/annotationstore.h"
#include "app/core/datasetreader.h"
#include "app/core/desktopid.h"
#include "app/core/document.h"
#include "app/core/import/datasetimport.h"
#include "app/core/settings.h"
#include "app/core/theme.h"
#include "app/core/viewstate.h"
#include "ui/export/commandline.h"
#include "ui/exportviews/commandlineexport.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/preferences/preferences.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>
#include <QUndoStack>
#include <cstdio>

namespace at {

namespace {

void printLines(FILE *stream, const QStringList &lines)
{
    for (const QString &line : lines)
        std::fprintf(stream, "%s\n", qPrintable(line));
}

void showProblems(QWidget *parent, const QString &title, const QString &text, const QStringList &details)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText); // file names and messages are data
    if (!details.isEmpty())
        box.setDetailedText(details.join(u'\n'));
    box.exec();
}

} // namespace

void setUpApplication(QApplication &app)
{
    Q_UNUSED(app);
    QApplication::setOrganizationName(QStringLiteral("AllianceTimeline"));
    QApplication::setApplicationName(QStringLiteral("alliance-timeline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Alliance Timeline"));
    QApplication::setApplicationVersion(QStringLiteral(AT_VERSION));
    QApplication::setDesktopFileName(QLatin1StringView(desktopFileId));
    // The compiled-in icon, the same artwork as the installed one. Asking the icon theme for it first cost
    // ~8 ms of start-up when the theme has no icon cache: a name the theme lacks makes Qt parse every
    // inherited theme's index (hicolor's has 650 sections; perf in bench_startup).
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.alliancetimeline.AllianceTimeline.svg")));
    // Outside a desktop session Qt finds no icon theme; Adwaita is what Debian installs with GTK.
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == u"hicolor") {
        for (const QString &base : QIcon::themeSearchPaths()) {
            if (QDir(base + QStringLiteral("/Adwaita")).exists()) {
                QIcon::setThemeName(QStringLiteral("Adwaita"));
                break;
            }
        }
    }
}

AppSession::AppSession(std::unique_ptr<Settings> settings)
    : m_settings(std::move(settings)), m_locale(QLocale::system()), m_document(std::make_unique<Document>()),
      m_state(std::make_unique<ViewState>()), m_store(std::make_unique<AnnotationStore>()),
      m_undoStack(std::make_unique<QUndoStack>()),
      m_edits(std::make_unique<AnnotationEdits>(m_store.get(), m_undoStack.get()))
{
    m_edits->setAuthor(m_settings->value(keys::annotationAuthor));
}

AppSession::~AppSession()
{
    // The window goes first: its views hold pointers to the document, the state and the workspace.
    m_window.reset();
}

void AppSession::loadTranslations(std::optional<Language> commandLine)
{
    const Preferences preferences = Preferences::load(*m_settings);
    m_locale = chooseLocale(commandLine, preferences.language, QLocale::system());
    applyLanguage(*QCoreApplication::instance(), m_locale);
}

bool AppSession::loadDataset(const QString &path, QStringList *errors)
{
    ImportRequest request;
    request.files = {path};
    request.mode = ImportMode::Replace;
    request.maxBytes = m_settings->value(keys::importSizeCap);
    const ImportResult result = runImport(request);
    if (!result.ok()) {
        *errors = toStrings(result.errors);
        return false;
    }
    m_document->setDataset(result.dataset, result.origin);
    return true;
}

bool AppSession::start(QString *error, const QString &workspaceFile)
{
    if (m_document->sharedDataset() == nullptr || m_document->dataset().events.empty()) {
        const LoadResult embedded = readEmbeddedDataset();
        if (!embedded.ok()) {
            *error = toStrings(embedded.errors).join(u'\n');
            return false;
        }
        m_document->setDataset(embedded.dataset, QObject::tr("Embedded dataset 2010–2013"));
    }
    const StoreError opened = workspaceFile.isEmpty() ? m_store->openDefault() : m_store->open(workspaceFile);
    if (opened)
        m_workspaceError = opened.text();
    m_window = std::make_unique<MainWindow>(m_document.get(), m_state.get(), m_settings.get(), m_edits.get(),
                                            m_locale);
    return true;
}

namespace {
// A command-line export prints nothing on success: Qt's own notes (no runtime folder, a platform that
// cannot do something) go to stderr only when AT_DEBUG is set.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || type == QtCriticalMsg || qEnvironmentVariableIsSet("AT_DEBUG"))
        std::fprintf(stderr, "%s\n", qPrintable(message));
}
} // namespace

int runApplication(int argc, char *argv[])
{
    // An export needs no screen: without one, Qt's offscreen platform draws the same pictures.
    if (isHeadlessInvocation(argc, argv)) {
        qInstallMessageHandler(quietMessages);
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    setUpApplication(app);

    // The translations first, so that --help and the command line's errors speak the user's language.
    AppSession session(std::make_unique<Settings>());
    session.loadTranslations();
    QString error;
    const std::optional<CommandLine> commandLine = parseCommandLine(QApplication::arguments(), &error);
    if (!commandLine) {
        std::fprintf(stderr, "alliance-timeline: %s\n", qPrintable(error));
        return 2;
    }
    if (commandLine->help) {
        std::fputs(qPrintable(commandLine->helpText), stdout);
        return 0;
    }
    if (commandLine->version) {
        std::printf("alliance-timeline %s\n", AT_VERSION);
        return 0;
    }

    if (!commandLine->language.isEmpty())
        session.loadTranslations(parseLanguage(commandLine->language));
    const Theme theme = commandLine->theme.isEmpty() ? Preferences::load(session.settings()).theme
                                                     : parseTheme(commandLine->theme).value_or(Theme::System);
    applyTheme(app, theme);

    // A positional file is what the file manager passes: a workspace, or a dataset.
    QString workspaceFile;
    QString datasetFile = commandLine->dataset;
    if (!commandLine->file.isEmpty()) {
        if (commandLine->file.endsWith(u'.' + AnnotationStore::fileSuffix(), Qt::CaseInsensitive))
            workspaceFile = commandLine->file;
        else if (datasetFile.isEmpty())
            datasetFile = commandLine->file;
    }
    QStringList datasetErrors;
    if (!datasetFile.isEmpty() && !session.loadDataset(datasetFile, &datasetErrors)) {
        printLines(stderr, datasetErrors);
        if (!commandLine->exports.isEmpty())
            return 1;
    }

    if (!commandLine->exports.isEmpty()) {
        if (!session.start(&error)) {
            std::fprintf(stderr, "alliance-timeline: %s\n", qPrintable(error));
            return 1;
        }
        QStringList errors;
        const int code = runCommandLineExports(*commandLine, session.document(), session.locale(),
                                               isDark(QApplication::palette()), &errors);
        for (const QString &line : errors)
            std::fprintf(stderr, "alliance-timeline: %s\n", qPrintable(line));
        return code;
    }

    if (!session.start(&error, workspaceFile)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        showProblems(nullptr, QObject::tr("Alliance Timeline"), error, {});
        return 1;
    }
    MainWindow *window = session.window();
    window->show();
    // Problems with what was asked for are said once the window is up; the window shows what it could load.
    QTimer::singleShot(0, window, [window, datasetFile, datasetErrors, &session] {
        if (!datasetErrors.isEmpty())
            showProblems(window, QObject::tr("Open Dataset"),
                         QObject::tr("%1 was not loaded; the embedded dataset is shown.").arg(datasetFile),
                         datasetErrors);
        if (!session.workspaceError().isEmpty())
            showProblems(
                window, QObject::tr("Workspace"),
                QObject::tr("Your annotations cannot be shown or saved until a workspace is open. %1\n\n"
                            "Use File > New Workspace or Open Workspace.")
                    .arg(session.workspaceError()),
                {});
    });
    return QApplication::exec();
}

} // namespace at
