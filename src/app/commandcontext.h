#pragma once

#include "secrets/secretstore.h"

#include <QTextStream>

#include <memory>

class Database;
class QCommandLineParser;

// Exit codes of every command.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitBadInput = 2 };

// What every command needs: the opened database, the secret store, and where to write.
struct CommandContext
{
    QString databasePath;
    SecretStore::Kind secretStoreKind = SecretStore::Kind::Keychain;
    QTextStream out{stdout};
    QTextStream err{stderr};

    CommandContext();
    ~CommandContext();
    Q_DISABLE_COPY_MOVE(CommandContext)

    // Adds the global options (--database, --secret-store) and --help to a command's parser and
    // parses. Returns the exit code when the command is done already (help shown, or bad input
    // explained on stderr), or -1 to go on.
    int parse(QCommandLineParser &parser, const QStringList &arguments);
    // One line on stderr, for the user.
    int fail(int code, const QString &message);
    Database *database();            // opened on first use; null after fail() was called for it
    SecretStore &secrets();

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SecretStore> m_secrets;
};
