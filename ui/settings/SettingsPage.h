// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "worker/DatabaseWorker.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QItemSelectionModel;
class QLabel;

namespace casedesk {

class UserPrompts;

// What every administrative settings page shares: its reads and writes run on the
// DatabaseWorker, never on the GUI thread. While anything is on its way the page's content is
// disabled under a line that says what ("Loading…", "Saving…"); a write's refusal is shown when
// it comes (UserPrompts::warn, naming the field), its success as "Saved.".
//
// Tests drive a page through its public actions, wait with DatabaseWorker::waitForIdle and
// read the outcome of the last write from writeFinished.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(DatabaseWorker& worker, UserPrompts& prompts, QWidget* parent = nullptr);

    // A read or a write is on its way (the content is disabled meanwhile).
    bool isBusy() const { return m_pending > 0; }

    // Unsaved changes: the form differs from what was last read or saved. Pages with a form
    // give its values (formState), remember them once read or saved (rememberSavedState), and
    // start saving or read them again when asked; the dialog asks before the page is left.
    bool hasUnsavedChanges() const { return m_savedForm && formState() != *m_savedForm; }
    virtual bool saveChanges() { return false; } // false: refused here (said), or busy
    virtual void discardChanges() {}
    QString statusText() const;

Q_SIGNALS:
    // A write the page started was answered: true when the database took it.
    void writeFinished(bool ok);

protected:
    // The page's own widgets go here (the status line sits above it).
    QWidget* content() const { return m_content; }
    DatabaseWorker& worker() const { return m_worker; }
    UserPrompts& prompts() const { return m_prompts; }
    void showStatus(const QString& text);
    virtual QStringList formState() const { return {}; }
    void rememberSavedState() { m_savedForm = formState(); }
    // A part of the form saved or read on its own (values [from, from + count) of formState):
    // the rest keeps what was last saved, unsaved changes there stay unsaved.
    void rememberSavedPart(qsizetype from, qsizetype count)
    {
        const QStringList now = formState();
        if (!m_savedForm || m_savedForm->size() != now.size()) {
            m_savedForm = now;
            return;
        }
        for (qsizetype i = from; i < from + count && i < now.size(); ++i)
            (*m_savedForm)[i] = now.at(i);
    }
    QStringList savedFormState() const { return m_savedForm.value_or(QStringList()); }

    // `show` puts what `selection` has current into the form. Moving to another row while the
    // form has unsaved changes asks first: Cancel goes back to the row being edited, Save goes
    // back and saves it (the page stays there, "Saved." once the database took it), Discard
    // forgets the changes and shows the new row.
    void showCurrentRowOf(QItemSelectionModel* selection, std::function<void()> show);
    // The same for a choice that decides what the form shows (the page's e-service).
    void showCurrentChoiceOf(QComboBox* choice, std::function<void()> show);
    static QStringList valuesOnly(const QList<std::pair<QString, QString>>& settings)
    {
        QStringList values;
        for (const auto& setting : settings)
            values << setting.second;
        return values;
    }

    // Reads on the read lane; `done(result)` runs on the GUI thread. A newer read under the
    // same `key` replaces an older one still on its way (only the newest is shown).
    template <typename Work, typename Done> void read(const QString& key, Work work, Done done)
    {
        if (const auto older = m_reads.find(key); older != m_reads.end()) {
            older->cancel(); // its callback never runs: count it off here
            m_reads.erase(older);
            finishTask();
        }
        startTask(tr("Loading…"));
        m_reads.insert(key, worker().post(DatabaseWorker::Lane::Read, this, std::move(work),
                                          [this, key, done = std::move(done)](auto result) mutable {
                                              m_reads.remove(key);
                                              finishTask();
                                              done(std::move(result));
                                          }));
    }

    // Fills `choice` with the e-services (name shown, id as data) once they are read, without
    // counting that as the person choosing, then runs `then` (the page's own reload).
    void fillEServices(QComboBox* choice, std::function<void()> then);

    // Writes on the write lane unless something is on its way already (then false: nothing is
    // started, so no double save). A refusal is shown as `errorTitle` with the service's
    // message; on success `onSuccess(result)` runs (typically a reload) and "Saved." is shown.
    template <typename Work, typename Done> bool write(const QString& errorTitle, Work work, Done onSuccess)
    {
        if (isBusy())
            return false;
        startTask(tr("Saving…"));
        worker().post(DatabaseWorker::Lane::Write, this, std::move(work),
                      [this, errorTitle, onSuccess = std::move(onSuccess)](auto result) mutable {
                          finishTask();
                          if (!result.ok()) {
                              showStatus(QString());
                              warnRefused(errorTitle, result.error());
                              Q_EMIT writeFinished(false);
                              return;
                          }
                          onSuccess(result); // may start a reload: "Saved." stays over its loading
                          showStatus(tr("Saved."));
                          Q_EMIT writeFinished(true);
                      });
        return true;
    }

    // Work that is neither a read of the page nor a write (a test e-mail): on the read lane, the
    // page busy under `busyText` meanwhile; `done(result)` runs on the GUI thread.
    template <typename Work, typename Done> void runTask(const QString& busyText, Work work, Done done)
    {
        startTask(busyText);
        worker().post(DatabaseWorker::Lane::Read, this, std::move(work),
                      [this, done = std::move(done)](auto result) mutable {
                          finishTask();
                          showStatus(QString());
                          done(std::move(result));
                      });
    }

    // A refusal found before anything was sent (the page's own checks): shown the same way;
    // the action returns false, nothing being started.
    void refuse(const QString& errorTitle, const Error& error);
    // Settings pages' save: every value checked by `validate` (the rules of 'casedeskctl
    // settings set') before anything is stored, then all of them in one write; the form is
    // remembered as saved once the database took it.
    bool saveSettings(const QString& errorTitle, const QList<std::pair<QString, QString>>& values,
                      const std::function<VoidResult(const QString& key, const QString& value)>& validate);

private:
    void startTask(const QString& what);
    void finishTask();
    void warnRefused(const QString& errorTitle, const Error& error);
    void askBeforeReplacingForm(std::function<void()> goBack, std::function<void()> proceed);

    DatabaseWorker& m_worker;
    UserPrompts& m_prompts;
    QLabel* m_status = nullptr;
    QWidget* m_content = nullptr;
    QHash<QString, WorkTicket> m_reads;
    int m_pending = 0;
    std::optional<QStringList> m_savedForm; // the form as last read or saved
    bool m_asking = false;                  // a question about unsaved changes is on its way
    bool m_goingBack = false;               // the selection is put back: not a move of the person's
};

} // namespace casedesk
