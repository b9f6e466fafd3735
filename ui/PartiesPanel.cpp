// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "PartiesPanel.h"

#include "CaseText.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace casedesk {

namespace {

QLabel* selectableLabel(const QString& text, const QString& objectName)
{
    auto* label = new QLabel(text);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // names and addresses come from outside
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QToolButton* toolButton(const QString& text, const QString& accessibleName, const QString& objectName)
{
    auto* button = new QToolButton;
    button->setText(text);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setToolTip(accessibleName);
    button->setAutoRaise(true);
    return button;
}

} // namespace

PartiesPanel::PartiesPanel(QWidget* parent)
    : QGroupBox(tr("Parties"), parent)
{
    setObjectName(QStringLiteral("partiesPanel"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("partiesNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_showNumbers = new QPushButton(tr("Show &personal numbers"));
    m_showNumbers->setObjectName(QStringLiteral("showPersonalNumbers"));
    m_showNumbers->setToolTip(
        tr("Shows the personal numbers in full. Each showing is recorded in the audit log."));
    connect(m_showNumbers, &QPushButton::clicked, this, [this] {
        if (m_numbersShown)
            setNumbersShown(false);
        else
            Q_EMIT showNumbersRequested();
    });
    m_fetch = new QPushButton(tr("Fetch all from &Navet"));
    m_fetch->setObjectName(QStringLiteral("fetchFromNavet"));
    connect(m_fetch, &QPushButton::clicked, this, [this] { Q_EMIT registerLookupRequested(QString()); });
    m_registerStatus = new QLabel;
    m_registerStatus->setObjectName(QStringLiteral("registerStatus"));
    m_registerStatus->setTextFormat(Qt::PlainText);
    m_registerStatus->setWordWrap(true);
    m_registerStatus->hide();
    top->addWidget(m_notice, 1);
    top->addStretch();
    top->addWidget(m_fetch);
    top->addWidget(m_showNumbers);
    layout->addLayout(top);
    layout->addWidget(m_registerStatus);
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As high as its people need before the tabs below get the rest.
    m_scroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    layout->addWidget(m_scroll);
    clear();
}

void PartiesPanel::setFetchAllowed(bool allowed, const QString& why)
{
    m_fetchAllowed = allowed;
    m_fetchBlocked = why;
    updateHeader(); // the people stay as they are
}

void PartiesPanel::clear()
{
    m_rows.clear();
    m_request.reset();
    m_numbersShown = false;
    m_contentHidden = false;
    m_protectedIdentity = false;
    rebuild();
}

void PartiesPanel::setCase(const CaseDetail& detail)
{
    const bool sameCase =
        !m_rows.isEmpty() && !detail.summary.reference.isEmpty() && m_reference == detail.summary.reference;
    m_reference = detail.summary.reference;
    m_contentHidden = detail.contentHidden;
    m_protectedIdentity = detail.summary.protectedIdentity;
    m_rows = m_contentHidden ? QList<PartyRow>() : partyRows(detail);
    m_request = m_contentHidden ? std::nullopt : detail.registerRequest;
    // Reading the same case again (a live update) keeps what the person chose to see.
    if (!sameCase || m_contentHidden)
        m_numbersShown = false;
    rebuild();
}

void PartiesPanel::setNumbersShown(bool shown)
{
    m_numbersShown = shown && !m_contentHidden;
    rebuild();
}

void PartiesPanel::copy(const QString& text)
{
    QApplication::clipboard()->setText(text);
}

void PartiesPanel::rebuild()
{
    // Rows are few (an applicant and a handful of signers): made again whenever the case is read.
    m_personFetches.clear(); // deleted with the old body
    m_body = new QWidget;
    m_rowsLayout = new QVBoxLayout(m_body);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);
    for (int i = 0; i < m_rows.size(); ++i)
        addRow(i, m_rows.at(i));
    m_rowsLayout->addStretch();
    m_scroll->setWidget(m_body);
    // As high as the people need, up to a quarter of an 800-pixel window, and down to seven lines
    // when the window is low: the tabs below stay usable at 1280×800 and more people scroll.
    const int needed = m_body->sizeHint().height() + 2;
    m_scroll->setMaximumHeight(std::min(needed, 200));
    m_scroll->setMinimumHeight(std::min(needed, 7 * fontMetrics().lineSpacing()));
    updateHeader();
}

void PartiesPanel::updateHeader()
{
    QStringList notice;
    if (m_contentHidden)
        notice << tr("Protected identity: you do not have the right to see who the parties are.");
    else if (m_protectedIdentity)
        notice << tr("Protected identity: never give these details to anybody outside the case.");
    m_notice->setText(notice.join(QLatin1Char(' ')));
    m_notice->setVisible(!notice.isEmpty());
    m_showNumbers->setEnabled(!m_rows.isEmpty());

    const bool waiting = m_request && m_request->waiting();
    m_fetch->setEnabled(m_fetchAllowed && !m_rows.isEmpty() && !waiting);
    for (QToolButton* fetch : std::as_const(m_personFetches)) {
        fetch->setEnabled(m_fetchAllowed && !waiting);
        fetch->setToolTip(!m_fetchAllowed ? m_fetchBlocked
                          : waiting       ? tr("A lookup is waiting for the background service.")
                                          : fetch->accessibleName());
    }
    m_fetch->setToolTip(!m_fetchAllowed ? m_fetchBlocked
                        : waiting
                            ? tr("A lookup is waiting for the background service.")
                            : tr("Asks the population register (Navet) about every person of the case. The "
                                 "background service answers within seconds; a protected identity protects "
                                 "the case at once."));
    QString status;
    if (waiting)
        status = tr("Navet lookup asked %1 by %2: waiting for the background service…")
                     .arg(CaseText::dateTime(m_request->requestedAt), m_request->requestedBy);
    else if (m_request && !m_request->failure.isEmpty())
        status = tr("Navet could not answer the lookup of %1: %2")
                     .arg(CaseText::dateTime(m_request->requestedAt), m_request->failure);
    m_registerStatus->setText(status);
    m_registerStatus->setVisible(!status.isEmpty());
    m_showNumbers->setText(m_numbersShown ? tr("Hide &personal numbers") : tr("Show &personal numbers"));
}

void PartiesPanel::addRow(int index, const PartyRow& row)
{
    const QString n = QString::number(index);
    auto* header = new QHBoxLayout;
    auto* roles = new QLabel(PartyText::roles(row) + QLatin1Char(':'));
    roles->setObjectName(QStringLiteral("partyRoles_") + n);
    roles->setTextFormat(Qt::PlainText);
    auto* name = selectableLabel(row.name, QStringLiteral("partyName_") + n);
    name->setWordWrap(false);
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    auto* number =
        selectableLabel(PartyText::number(row, m_numbersShown), QStringLiteral("partyNumber_") + n);
    number->setWordWrap(false);
    number->setAccessibleName(PartyText::numberAccessibleName(row));
    header->addWidget(roles);
    header->addWidget(name);
    header->addWidget(number);
    header->addStretch();
    // The person's actions on a line of their own under the name: beside it they ran out of the
    // pane at 1280×800.
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2, 0, 0, 0);
    if (!row.personalNumber.isEmpty()) {
        auto* copyNumber = toolButton(tr("Copy number"), tr("Copy the personal number of %1").arg(row.name),
                                      QStringLiteral("copyNumber_") + n);
        copyNumber->setEnabled(m_numbersShown);
        if (!m_numbersShown)
            copyNumber->setToolTip(tr("Show the personal numbers first (recorded in the audit log)."));
        connect(copyNumber, &QToolButton::clicked, this, [this, value = row.personalNumber] { copy(value); });
        buttons->addWidget(copyNumber);
    }
    if (!row.organisationNumber.isEmpty()) {
        auto* copyNumber =
            toolButton(tr("Copy number"), tr("Copy the organisation number of %1").arg(row.name),
                       QStringLiteral("copyNumber_") + n);
        connect(copyNumber, &QToolButton::clicked, this,
                [this, value = row.organisationNumber] { copy(value); });
        buttons->addWidget(copyNumber);
    }
    if (!row.personalNumber.isEmpty()) {
        auto* fetch =
            toolButton(tr("Fetch"), tr("Fetch %1 from the population register (Navet)").arg(row.name),
                       QStringLiteral("fetchPerson_") + n);
        connect(fetch, &QToolButton::clicked, this,
                [this, value = row.personalNumber] { Q_EMIT registerLookupRequested(value); });
        m_personFetches.append(fetch);
        buttons->addWidget(fetch);
    }
    const QString address = PartyText::postalAddress(row);
    if (!address.isEmpty()) {
        auto* copyAddress = toolButton(tr("Copy address"), tr("Copy the postal address of %1").arg(row.name),
                                       QStringLiteral("copyAddress_") + n);
        // On lines, as on an envelope.
        const QString lines = row.name + QLatin1Char('\n') +
                              QString(address).replace(QStringLiteral(", "), QStringLiteral("\n"));
        connect(copyAddress, &QToolButton::clicked, this, [this, lines] { copy(lines); });
        buttons->addWidget(copyAddress);
    }
    if (!row.email.isEmpty()) {
        auto* copyEmail = toolButton(tr("Copy e-mail"), tr("Copy the e-mail address of %1").arg(row.name),
                                     QStringLiteral("copyEmail_") + n);
        connect(copyEmail, &QToolButton::clicked, this, [this, value = row.email] { copy(value); });
        buttons->addWidget(copyEmail);
    }
    buttons->addStretch();
    m_rowsLayout->addLayout(header);
    m_rowsLayout->addLayout(buttons);

    QStringList details;
    if (!row.addressAsSubmitted.isEmpty())
        details << tr("Address given: %1").arg(row.addressAsSubmitted);
    QStringList contact;
    if (!row.email.isEmpty())
        contact << tr("E-mail: %1").arg(row.email);
    if (!row.phone.isEmpty())
        contact << tr("Phone: %1").arg(row.phone);
    if (!contact.isEmpty())
        details << contact.join(QStringLiteral(" · "));
    details << PartyText::registerLines(row);
    if (const QString signature = PartyText::signatureText(row); !signature.isEmpty())
        details << signature;
    if (const QString guardian = PartyText::guardianText(row); !guardian.isEmpty())
        details << guardian;
    if (!row.entry && !row.personalNumber.isEmpty())
        details << tr("Not checked against the population register");
    auto* detailLabel = selectableLabel(details.join(QLatin1Char('\n')), QStringLiteral("partyDetails_") + n);
    detailLabel->setContentsMargins(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2, 0, 0,
                                    fontMetrics().lineSpacing() / 2);
    m_rowsLayout->addWidget(detailLabel);
}

} // namespace casedesk
