// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/application/application.h"

#include "app/core/annotations/annotationedits.h"
#include "app/core/annotations/annotationstore.h"
#include "app/core/annotations/workspacelocation.h"
#include "app/core/desktopid.h"
#include "app/core/document.h"
#include "app/core/import/datasetimport.h"
#include "app/core/import/datasetpaths.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/settings.h"
#include "app/core/theme.h"
#include "app/core/viewstate.h"
#include "ui/annotations/workspaceactions.h"
#include "ui/application/applicationviews.h"
#include "ui/application/commandline.h"
#include "ui/application/commandlineexport.h"
#include "ui/application/firstframemarker.h"
#include "ui/import/importcontroller.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/preferences/preferences.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>
#include <QUndoStack>
#include <cstdio>
#include <utility>

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

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AllianceTimeline"));
    QCoreApplication::setApplicationName(QStringLiteral("alliance-timeline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AT_VERSION));
}

void setUpApplication(QApplication &app)
{
    Q_UNUSED(app);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Alliance Timeline"));
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

AppSession::AppSession(std::unique_ptr<Settings> settings, ViewRegistry views)
    : m_settings(std::move(settings)), m_views(std::move(views)), m_locale(QLocale::system()),
      m_document(std::make_unique<Document>()), m_state(std::make_unique<ViewState>()),
      m_store(std::make_unique<AnnotationStore>()), m_undoStack(std::make_unique<QUndoStack>()),
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

void AppSession::setSizeLimitOverride(std::optional<qint64> bytes)
{
    m_sizeLimitOverride = bytes;
    if (m_window)
        m_window->importer()->setSizeLimitOverride(bytes);
}

Expected<void, QList<LoadError>> AppSession::loadDataset(const QStringList &paths)
{
    const auto files = commandLineDatasetFiles(paths);
    if (!files)
        return Unexpected(files.error());
    ImportRequest request;
    request.files = *files;
    request.mode = ImportMode::Replace;
    request.sizeLimit = m_sizeLimitOverride ? ImportLimit::given(*m_sizeLimitOverride)
                                            : ImportLimit::fromSettings(*m_settings);
    const ImportResult result = runImport(request);
    if (!result.ok())
        return Unexpected(result.errors);
    m_document->setDataset(result.dataset, result.origin, importIdentity(request.files));
    return {};
}

Expected<void, QList<LoadError>> AppSession::openDataset(const QStringList &paths)
{
    Q_ASSERT(m_window);
    const auto files = commandLineDatasetFiles(paths);
    if (!files)
        return Unexpected(files.error());
    m_window->importer()->importFiles(*files, ImportMode::Replace);
    return {};
}

Expected<void, QList<LoadError>> AppSession::loadEmbeddedDatasetIfEmpty()
{
    if (m_document->sharedDataset() != nullptr && !m_document->dataset().events.empty())
        return {};
    const LoadResult embedded = readEmbeddedDataset();
    if (!embedded)
        return Unexpected(embedded.error());
    m_document->setDataset(*embedded, QObject::tr("Embedded dataset 2010–2013"));
    return {};
}

Expected<void, QList<LoadError>> AppSession::start(const QString &workspaceFile)
{
    if (auto loaded = loadEmbeddedDatasetIfEmpty(); !loaded)
        return loaded;
    const auto opened =
        workspaceFile.isEmpty() ? m_store->openDefault() : openWorkspaceLocation(*m_store, workspaceFile);
    if (!opened && opened.error().code == StoreError::Code::PasswordNeeded)
        m_workspaceNeedingPassword = workspaceFile; // asked for once the window is up
    else if (!opened)
        m_workspaceError = opened.error().text();
    m_window = std::make_unique<MainWindow>(&m_views, m_document.get(), m_state.get(), m_settings.get(),
                                            m_edits.get(), m_locale);
    m_window->importer()->setSizeLimitOverride(m_sizeLimitOverride);
    return {};
}

void AppSession::askForWorkspacePassword()
{
    if (!m_window || m_workspaceNeedingPassword.isEmpty())
        return;
    const QString location = std::exchange(m_workspaceNeedingPassword, QString());
    m_window->workspace()->openLocationAsking(location);
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

namespace {
struct ShellText {
    Q_DECLARE_TR_FUNCTIONS(at::Application)
};

// Whether Qt can open a window: a platform is named, or an X or Wayland display is there. Without one, Qt's
// default platform aborts the program in the QApplication's constructor.
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// What needs no window: a bad command line, --help, --version, or a window asked for where there is no
// display. Answered with a QCoreApplication, which needs no display, in the user's language.
int runWithoutWindow(int argc, char *argv[], const QStringList &args, const QStringList &viewNames)
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    const Settings settings;
    applyLanguage(
        app, chooseLocale(languageArgument(args), Preferences::load(settings).language, QLocale::system()));
    // Parsed again now that the translations are in, so that its messages are in the user's language.
    const auto commandLine = parseCommandLine(args, viewNames);
    if (!commandLine) {
        std::fprintf(stderr, "alliance-timeline: %s\n", qPrintable(commandLine.error().message));
        return 2;
    }
    if (commandLine->task == CommandLine::Task::Help) {
        std::fputs(qPrintable(commandLine->helpText), stdout);
        return 0;
    }
    if (commandLine->task == CommandLine::Task::Version) {
        std::printf("alliance-timeline %s\n", AT_VERSION);
        return 0;
    }
    std::fprintf(stderr, "alliance-timeline: %s\n",
                 qPrintable(ShellText::tr("no display to open the window on (DISPLAY is not set); "
                                          "--export draws pictures without one")));
    return 1;
}

void printErrors(const QList<LoadError> &errors)
{
    for (const LoadError &error : errors)
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
}
} // namespace

int runApplication(int argc, char *argv[])
{
    // Every argument is checked before any application object exists: a QApplication needs a display,
    // and neither a bad argument nor --help should.
    ViewRegistry views = applicationViews();
    const QStringList args = commandLineArguments(argc, argv);
    const auto parsed = parseCommandLine(args, views.names());
    if (!parsed || parsed->task == CommandLine::Task::Help || parsed->task == CommandLine::Task::Version ||
        (parsed->task == CommandLine::Task::Window && !hasDisplay()))
        return runWithoutWindow(argc, argv, args, views.names());
    const CommandLine &commandLine = *parsed;
    const bool exporting = commandLine.task == CommandLine::Task::Export;

    // An export needs no screen: without one, Qt's offscreen platform draws the same pictures.
    if (exporting) {
        qInstallMessageHandler(quietMessages);
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    setUpApplication(app);

    AppSession session(std::make_unique<Settings>(), std::move(views));
    session.setSizeLimitOverride(commandLine.maxFileSize);
    session.loadTranslations(commandLine.language);
    applyTheme(app, commandLine.theme.value_or(Preferences::load(session.settings()).theme));

    if (exporting) {
        if (!commandLine.datasets.isEmpty()) {
            if (auto loaded = session.loadDataset(commandLine.datasets); !loaded) {
                printErrors(loaded.error());
                return 1;
            }
        }
        if (auto loaded = session.loadEmbeddedDatasetIfEmpty(); !loaded) {
            printErrors(loaded.error());
            return 1;
        }
        const auto filter = resolveFilter(commandLine.filter, session.document().dataset());
        if (!filter) {
            std::fprintf(stderr, "alliance-timeline: %s\n", qPrintable(filter.error().message));
            return 2;
        }
        // The workspace is read before anything is written: a workspace that cannot be read, or a tag that
        // none of its annotations has, leaves no picture behind.
        QList<Annotation> annotations;
        if (!commandLine.workspace.isEmpty() &&
            commandLine.annotationChoice().kind != AnnotationChoice::Kind::None) {
            if (auto opened = openWorkspaceLocation(session.annotations(), commandLine.workspace); !opened) {
                // Nobody is there to type a password: say where libpq looks for one.
                const QString why =
                    opened.error().code == StoreError::Code::PasswordNeeded
                        ? ShellText::tr("%1 An export cannot ask for it: put it in the PostgreSQL password "
                                        "file, ~/.pgpass or the file that PGPASSFILE names.")
                              .arg(opened.error().message)
                        : opened.error().text();
                std::fprintf(stderr, "alliance-timeline: %s\n",
                             qPrintable(ShellText::tr("--workspace: error: %1").arg(why)));
                return 1;
            }
            const auto chosen = chooseAnnotations(commandLine, session.annotations().annotations());
            if (!chosen) {
                std::fprintf(stderr, "alliance-timeline: %s\n", qPrintable(chosen.error().message));
                return 2;
            }
            annotations = *chosen;
        }
        const auto written =
            runCommandLineExports(session.views(), commandLine, *filter, session.document(), session.locale(),
                                  isDark(QApplication::palette()), annotations);
        if (written)
            return 0;
        for (const FileError &error : written.error())
            std::fprintf(stderr, "alliance-timeline: %s\n", qPrintable(error.toString()));
        return 1;
    }

    if (auto started = session.start(commandLine.workspace); !started) {
        const QStringList lines = toStrings(started.error());
        printLines(stderr, lines);
        showProblems(nullptr, QObject::tr("Alliance Timeline"), lines.join(u'\n'), {});
        return 1;
    }
    MainWindow *window = session.window();
    window->show();
    FirstFrameMarker::installIfAsked(window, window->importer(), &session.document());
    // The datasets asked for are read on a worker thread while the window shows the embedded one, with
    // progress and Cancel; a cancelled or failed read leaves the embedded dataset (the problems are listed).
    QList<LoadError> datasetErrors;
    if (!commandLine.datasets.isEmpty()) {
        if (auto opened = session.openDataset(commandLine.datasets); !opened) {
            datasetErrors = opened.error();
            printErrors(datasetErrors);
        }
    }
    // Problems with what was asked for are said once the window is up; the window shows what it could load.
    QTimer::singleShot(0, window, [window, datasetErrors, &session] {
        session.askForWorkspacePassword();
        if (!datasetErrors.isEmpty())
            showProblems(window, QObject::tr("Open Dataset"),
                         QObject::tr("The dataset was not loaded; the embedded dataset is shown."),
                         toStrings(datasetErrors));
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
