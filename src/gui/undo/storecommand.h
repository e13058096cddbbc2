#pragma once

#include "util/result.h"

#include <QUndoCommand>

#include <functional>

// A change to the database that the user can undo. The change is applied once, before the command
// is pushed (so a refused change leaves nothing on the stack), and the stack's first redo() then does
// nothing. An undo or redo the database refuses later (the post was sent meanwhile) makes the
// command obsolete, so that the stack drops it, and reports why.
class StoreCommand : public QUndoCommand
{
public:
    using Reporter = std::function<void(const QString &)>;

    Status applyFirst();
    void setReporter(Reporter reporter) { m_report = std::move(reporter); }
    void redo() final;
    void undo() final;

protected:
    explicit StoreCommand(const QString &text) : QUndoCommand(text) {}
    virtual Status apply() = 0;
    virtual Status revert() = 0;

private:
    void settle(const Status &status);

    bool m_applied = false;
    Reporter m_report;
};
