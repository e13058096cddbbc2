#include "commandcontext.h"

#include "storage/database.h"
#include "util/apppaths.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

CommandContext::CommandContext() = default;
CommandContext::~CommandContext() = default;

int CommandContext::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addOption({u"database"_s, u"The database file (default: in the app data folder)."_s, u"FILE"_s});
    parser.addOption({u"secret-store"_s, u"Where tokens are kept: keychain (default) or file."_s, u"STORE"_s});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return fail(ExitBadInput, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitOk;
    }
    databasePath = parser.isSet(u"database"_s) ? parser.value(u"database"_s) : AppPaths::defaultDatabaseFile();
    secretStoreKind = SecretStore::defaultKind();
    if (parser.isSet(u"secret-store"_s)) {
        const Result<SecretStore::Kind> kind = SecretStore::kindFromName(parser.value(u"secret-store"_s));
        if (!kind)
            return fail(ExitBadInput, kind.error());
        secretStoreKind = kind.value();
    }
    return -1;
}

int CommandContext::fail(int code, const QString &message)
{
    err << message << Qt::endl;
    return code;
}

Database *CommandContext::database()
{
    if (!m_database) {
        Result<std::unique_ptr<Database>> opened = Database::open(databasePath);
        if (!opened) {
            fail(ExitFailure, opened.error());
            return nullptr;
        }
        m_database = std::move(opened.value());
    }
    return m_database.get();
}

SecretStore &CommandContext::secrets()
{
    if (!m_secrets)
        m_secrets = SecretStore::create(secretStoreKind);
    return *m_secrets;
}
