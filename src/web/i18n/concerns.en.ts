// SPDX-License-Identifier: EUPL-1.2
/**
 * English texts of the concern dossier (issue 4); same shape as concerns.nl.ts. Plain, calm UK English.
 * Veilig Thuis stays Veilig Thuis; the afwegingskader is the "assessment framework" (explained once, in
 * weighing.title); the aandachtsfunctionaris is the "safeguarding lead"; the kindcheck is the "child check".
 */

import type { Messages } from './messages.ts';
import { plural } from './plural.ts';

export const concernsEn: Messages['concerns'] = {
  nav: 'Concerns',
  navOverview: 'Overview',
  statuses: {
    signals: 'Step 1: mapping the signs',
    consultation: 'Step 2: waiting for consultation',
    conversation: 'Step 3: conversation',
    weighing: 'Step 4: weighing',
    deciding: 'Step 5: deciding',
    helping: 'Help under way',
    report: 'Decided to report to Veilig Thuis',
    closed: 'Closed',
  },
  steps: {
    title: 'Steps of the reporting code (meldcode)',
    names: ['Mapping the signs', 'Consulting a colleague', 'Conversation', 'Weighing', 'Deciding'],
    current: 'now',
    done: 'done',
  },
  ageGroups: { child: 'Child (under 18)', adult: 'Adult', older: 'Older person (65 or over)' },
  ageGroupsShort: { child: 'Child', adult: 'Adult', older: 'Older person' },
  age: (years: number) => plural('en', years, { one: '# year old', other: '# years old' }),
  born: (date: string) => `born ${date}`,
  back: 'Back to the concern',
  backToList: 'Back to my concerns',
  cancel: 'Cancel',
  urgent:
    'Is someone in immediate danger now? Call 112. In doubt or want advice? Call Veilig Thuis: 0800-2000, free, day and night.',
  list: {
    title: 'My concerns',
    titleLead: 'Concerns of the organisation',
    intro:
      'Here are the concerns you have recorded or have been added to. Only you, the safeguarding lead and colleagues you add can see a concern.',
    introLead: 'As safeguarding lead you see all concerns of your organisation.',
    open: 'Record a concern',
    none: 'You have not recorded any concerns yet.',
    person: 'About',
    status: 'Step',
    author: 'Recorded by',
    updated: 'Last updated',
    dashboard: 'Go to the overview for the safeguarding lead',
    checkDate: 'Check of the help',
  },
  checkDates: {
    /** A check date with where it stands, in words (never colour alone). */
    state: {
      upcoming: (date: string) => date,
      today: (date: string) => `${date} (today)`,
      overdue: (date: string) => `${date} (past)`,
    },
    homeTitle: 'Agreed checks of the help',
    homeIntro:
      'On the agreed date you check whether the help works: is the child or adult safe now? Record it in the concern.',
    homeNone: 'There are no agreed checks.',
    person: 'About',
    date: 'Check date',
  },
  open: {
    title: 'Record a concern',
    intro:
      'Are you worried about a child, an adult or an older person? Record who it is about. Then you write down what you saw or heard.',
    volunteerNote:
      'You are a volunteer. Your concern goes straight to the safeguarding lead or confidential contact person of your organisation. They will take the next steps with you.',
    fullName: 'Name',
    fullNameHint: 'First name and surname. Do not enter a citizen service number (BSN).',
    dateOfBirth: 'Date of birth',
    dateOfBirthHint: 'For example 3 3 2012. Do not know it? Leave this empty.',
    ageGroup: 'Who is it about?',
    submit: 'Record concern',
  },
  /** What a volunteer reads: plain words, no meldcode terms (a volunteer signals and hands over). */
  volunteer: {
    contactTitle: 'Your contact person',
    contactIntro: (organisation: string) =>
      `Your concern has been shared with the safeguarding lead of ${organisation}. They look at what needs to happen and will contact you. You can also contact them yourself:`,
    contactNone:
      'Your organisation has no safeguarding lead in Kring yet. Talk about your concern with the board or the confidential contact person of your organisation, or call Veilig Thuis: 0800-2000.',
    mailTo: (name: string) => `Send ${name} an email`,
    statusTitle: 'What happens now?',
    status: {
      signals: 'You have recorded your concern. Ask the safeguarding lead to look at it with you.',
      consultation: 'Your concern is with the safeguarding lead. They will contact you.',
      conversation: 'The safeguarding lead is working on your concern.',
      weighing: 'The safeguarding lead is working on your concern.',
      deciding: 'The safeguarding lead is working on your concern.',
      helping: 'Help is being given. The safeguarding lead checks whether it works.',
      report: 'The safeguarding lead has decided to involve Veilig Thuis.',
      closed: 'This concern is closed.',
    },
    statusShort: {
      signals: 'Recorded',
      consultation: 'With the safeguarding lead',
      conversation: 'Being dealt with',
      weighing: 'Being dealt with',
      deciding: 'Being dealt with',
      helping: 'Help is being given',
      report: 'Veilig Thuis involved',
      closed: 'Closed',
    },
    asked: (date: string) => `On ${date} you asked them to look at it. There is no answer yet.`,
    household: 'Family and household',
    talkItOver: 'Talk it over with the safeguarding lead',
    talkItOverIntro:
      'Ask the safeguarding lead to look at it with you. They get an email without names or content and can then read your concern.',
    talkItOverSubmit: 'Ask them to look at it',
  },
  /**
   * Honour-related violence, forced marriage, FGM and abandonment abroad (ADR 0027): the question every
   * concern asks with its first signal, and the expert route it can lead to (Veilig Thuis first).
   */
  honour: {
    question:
      'Are there signs of honour-related violence, forced marriage, female genital mutilation (FGM) or abandonment abroad?',
    hint: 'For example: she is afraid of being married off during the holidays; she may not choose for herself who she spends time with; the family decides everything about her; there is a trip to the country of origin that she is afraid of; there is talk of cutting. It can also be about a boy or an adult. Not sure? Choose “I don’t know”.',
    volunteerQuestion:
      'Is there anything that points to violence or pressure over the family’s honour? For example a marriage someone does not choose, cutting of a girl, or someone being left behind abroad.',
    volunteerHint:
      'For example: she is afraid she will have to marry during the holidays; she may not choose who she spends time with; the family decides everything for her; she is afraid of a trip to her parents’ country. Not sure? Choose “I don’t know”.',
    answers: { yes: 'Yes', no: 'No', unknown: 'I don’t know' },
    answerHint: 'You will then be shown straight away what to do: Veilig Thuis first, no talking with the family.',
    laterTitle: 'Signs of honour-related violence?',
    notAsked: 'This question has not been answered for this concern yet. Please answer it now.',
    answeredNo:
      'The answer given earlier was “no”. Do you now see or hear something that points to it, or are you unsure? Record it here.',
    submit: 'Record the answer',
    warningTitle: 'Veilig Thuis first. Do not talk with the family.',
    whyAnswered:
      'There are (possibly) signs of honour-related violence, forced marriage, female genital mutilation or abandonment abroad.',
    whyTicked: 'A sign of honour-related violence, forced marriage or female genital mutilation has been recorded.',
    warningBody: (name: string) =>
      `First contact Veilig Thuis: 0800-2000, free and day and night. Do not talk with ${name}’s parents or family about your concern before the advice of Veilig Thuis has been recorded: that can put ${name} in danger. You need not wait for step 5: you can decide to report now.`,
    afterAdvice:
      'The advice of Veilig Thuis has been recorded. Follow that advice. Only talk with the family if Veilig Thuis says it is safe to do so.',
    danger: 'Is someone in immediate danger, or is a trip abroad about to happen? Call 112.',
    report: 'Report to Veilig Thuis',
    askAdvice: 'Ask Veilig Thuis for advice',
    recordAdvice: 'Record the advice of Veilig Thuis',
    volunteerWarningTitle: 'Please note: do not talk about this with the family',
    volunteerWarningBody: (name: string) =>
      `This may be about violence or pressure over the family’s honour, a marriage ${name} does not choose, cutting, or being left behind abroad. Do not talk about it with the parents or the family: that can be dangerous for ${name}. Call Veilig Thuis for advice: 0800-2000, free and day and night. Your contact person sees your concern and takes the next steps.`,
    reportIntro:
      'With (possible) honour-related violence you need not wait for all the steps. Record your decision to report; then you send the report.',
    notInformed:
      'Do not tell the family beforehand that you are reporting: with honour-related violence that can put the child or the person in danger. Choose “No” and write under “Why?” that it may be about honour-related violence.',
    answerWords: { yes: 'yes', no: 'no', unknown: 'I don’t know' },
    entry: (answer: string) =>
      `Signs of honour-related violence, forced marriage, FGM or abandonment abroad: ${answer}`,
    entryInherited: 'Taken over from the concern this concern was opened from.',
    entryPrevious: (answer: string) => `Answered before: ${answer}`,
  },
  concern: {
    titleFor: (name: string) => `Concern about ${name}`,
    openedBy: (name: string, date: string) => `Recorded by ${name} on ${date}`,
    linkedFrom: (name: string) => `Opened from the concern about ${name}`,
    linkedFromLink: 'Go to that concern',
    next: 'What can you do now?',
    record: 'Record',
    addSignal: 'Record a sign',
    addInjury: 'Record an injury',
    addAttachment: 'Add a photo or document',
    consultation: 'Consultation',
    conversation: 'Conversation',
    weighing: 'Fill in the assessment framework',
    decision: 'Record the decision',
    close: 'Close the concern',
    helpReview: 'Review the help',
    members: 'Add colleagues',
    chronology: 'Chronology',
    reopen: 'Reopen concern',
    closedNote: 'This concern is closed. You can still read it, but you can no longer add anything.',
    outcome: 'Outcome of the assessment framework',
    timeline: 'Everything that has been recorded',
    timelineIntro: 'Once something is recorded, it stays. Is something not right? Then record a correction.',
    latestOf: (shown: number, total: number) => `You see the latest ${shown} of ${total} lines.`,
    showAll: (total: number) => `Show all ${total} lines`,
    noEntries: 'Nothing has been recorded yet.',
    injuries: 'Injuries on the body map',
    attachments: 'Attachments',
    consultationWaiting: (name: string, date: string) =>
      `Consultation requested by ${name} on ${date}. Waiting for an answer.`,
    checkDate: (date: string) => `Agreed date to review the help: ${date}`,
    membersTitle: 'Who can see this concern',
    membersIntro: 'The author, the safeguarding leads of your organisation and these colleagues:',
    noMembers: 'No colleagues have been added.',
    notices: {
      opened: 'The concern has been recorded. Now write down what you saw or heard.',
      saved: 'Recorded.',
      consultationRequested:
        'Your request for consultation has been sent. The safeguarding lead gets a message without names or content.',
      member: 'The colleague has been added.',
      linked: 'The concern for this child has been opened.',
    },
  },
  signal: {
    title: 'Record a sign',
    correctionTitle: 'Record a correction',
    correctionIntro: (n: number) =>
      `You are correcting line ${n}. That line stays; your correction is added and refers to it.`,
    prompts: {
      title: 'Write down the facts',
      items: [
        'Who was there?',
        'What exactly did you see or hear?',
        'When and where was it?',
        'What did the child or the person say themselves? Write down their exact words.',
      ],
      note: 'One sign is no proof. Look for connections, for sudden changes, and also for what argues against the concern.',
    },
    kind: 'What are you recording?',
    kinds: {
      observation: 'What I saw or heard',
      quote: 'What the person said themselves (word for word)',
      counterSign: 'Something that argues against the concern (counter-sign)',
    },
    kindHints: {
      observation: 'Facts: behaviour, injuries, remarks by others.',
      counterSign: 'This belongs in the dossier too.',
    },
    date: 'Date',
    dateHint: 'When did you see or hear it? For example 12 11 2026.',
    time: 'Time',
    timeHint: 'For example 14:30. Optional.',
    facts: 'What did you see or hear?',
    factsHint: 'Facts only. Write down your own thoughts separately, below.',
    words: "The person's words, word for word",
    wordsHint: 'Write down exactly what was said, even if it is not grammatically correct.',
    context: 'When was it said? What happened just before?',
    counterFacts: 'What argues against the concern?',
    interpretation: 'What do you think about it?',
    interpretationHint: 'Your interpretation, separate from the facts.',
    sourceKind: 'Who does this information come from?',
    sourceKinds: { self: 'I saw or heard it myself', other: 'Someone else told me' },
    source: 'Who told you?',
    sourceHint: 'Name or role, for example “the mother of a classmate”.',
    categories: 'Which kinds of signs does this fit?',
    categoriesHint: 'Choose what fits. Optional. A sign is no proof.',
    next: 'Continue',
    submit: 'Record sign',
    submitCorrection: 'Record correction',
  },
  injury: {
    title: 'Record an injury',
    intro:
      'Choose the place on the body below. If it cannot be ruled out that the injury was inflicted, also take a photo and add it.',
    side: 'Front or back',
    sides: { front: 'Front', back: 'Back' },
    region: 'Place on the body',
    regionChoose: 'Choose a place',
    kind: 'Kind of injury',
    kinds: {
      bruise: 'Bruise',
      burn: 'Burn',
      cut: 'Cut',
      abrasion: 'Graze',
      bite: 'Bite wound',
      fracture: 'Broken bone (suspected)',
      swelling: 'Swelling',
      other: 'Other',
    },
    size: 'Size in centimetres',
    sizeHint: 'For example 4. Optional.',
    colour: 'Colour',
    colours: { red: 'Red', bluePurple: 'Blue-purple', greenYellow: 'Green-yellow', brown: 'Brown', other: 'Other' },
    explanation: 'Explanation',
    explanationHint: 'For example the explanation that was given. Optional.',
    date: 'Date you saw it',
    submit: 'Record injury',
    describe: (kind: string, size: string, colour: string, side: string, region: string) =>
      `${kind}${size ? `, ${size} cm` : ''}, ${colour.toLowerCase()}, ${side.toLowerCase()}, ${region}`,
  },
  attachment: {
    title: 'Add a photo or document',
    intro:
      'A photo (JPEG or PNG) or a PDF of no more than 10 MB. Location and camera details are removed from photos. Only people who can see this concern can open the file.',
    file: 'File',
    description: 'What does it show?',
    descriptionHint: 'For example: bruise on left upper arm, back. Optional.',
    submit: 'Add',
    download: (name: string) => `Download ${name}`,
    size: (kb: number) => `${kb} kB`,
    errors: {
      missing: 'Choose a file',
      empty: 'The file is empty',
      tooLarge: 'The file is too large. A file must be 10 MB or smaller, and a photo must not have too many pixels',
      unsupportedType: 'The file must be a JPEG, PNG or PDF',
      typeMismatch: 'The name of the file does not match its content. Choose a JPEG, PNG or PDF',
      malformed: 'The file is damaged or protected with a password, and cannot be read',
      activeContent: 'This PDF contains parts that are not allowed, such as scripts or links to websites',
      polyglot: 'This file is not safe and cannot be added',
    },
  },
  household: {
    members: 'Household',
    none: 'Nobody has been added yet.',
    name: 'Name',
    relation: 'Relationship',
    age: 'Age',
    ageHint: 'In years. Optional.',
    add: 'Add to the household',
    addTitle: 'Add someone',
    openConcern: (name: string) => `Open a concern for ${name}`,
    hasConcern: 'Has a concern of their own',
    toConcern: 'Go to that concern',
    kindcheckTitle: 'Child check',
    kindcheckIntro:
      'For an adult whose situation may put children at risk (for example mental health problems, addiction or domestic violence): does this person care for children, or are they pregnant?',
    childrenCount: 'How many children under 18?',
    ages: 'Ages of the children',
    agesHint: 'For example: 3, 8 and 12.',
    care: 'Does the person care for the children alone?',
    cares: { alone: 'Alone', shared: 'Together with someone else', unknown: 'I do not know' },
    notes: 'Explanation',
    kindcheckSubmit: 'Record child check',
    carerCheckTitle: 'Informal-care check',
    carerCheckIntro:
      'An informal carer who becomes overburdened may fall short or cross boundaries. And someone who cares for another person leaves that person behind when things go wrong. So ask about care in both directions.',
    hasCarer: 'Is the person cared for by an informal carer?',
    carer: 'Who is the informal carer?',
    carerHint: 'Name and relationship, for example: Peter, son.',
    carerOverburdened: 'Is the informal carer overburdened?',
    carerOverburdenedHint: 'Only if there is an informal carer.',
    caresForSomeone: 'Does the person care for someone who depends on them?',
    caredFor: 'For whom?',
    caredForHint: 'For example: partner with dementia.',
    carerAnswers: { yes: 'Yes', no: 'No', unknown: 'I do not know' },
    carerCheckSubmit: 'Record informal-care check',
  },
  consultation: {
    title: 'Consulting a colleague',
    intro:
      'Discuss your concern with the safeguarding lead or an expert colleague. You can also ask Veilig Thuis (0800-2000) or a forensic doctor for advice anonymously. Then do not give names or other details by which someone can be recognised.',
    requestTitle: 'Ask the safeguarding lead for consultation',
    requestIntro: 'The safeguarding lead gets an email without names or content, and can then open the concern.',
    lead: 'Who do you want to ask?',
    anyLead: 'Any safeguarding lead of my organisation',
    noLeads: 'Your organisation does not have a safeguarding lead in Kring yet. Ask your administrator to invite one.',
    requestSubmit: 'Ask for consultation',
    recordTitle: 'Record the consultation',
    withName: 'Who did you consult?',
    withNameHint: 'Name and job title.',
    advice: 'What is the advice?',
    recordSubmit: 'Record consultation',
    adviceTitle: 'Record anonymous advice',
    adviceIntro: 'Only what you write down yourself goes into Kring. Kring sends nothing to Veilig Thuis.',
    adviser: 'Who gave you advice?',
    advisers: { veiligThuis: 'Veilig Thuis', forensicDoctor: 'Forensic doctor (injury assessment)' },
    adviceSubmit: 'Record advice',
  },
  conversation: {
    title: 'Conversation with the person involved',
    intro:
      'Discuss your concern with the person. With a child: with the child (preferably once without the parents too) and with the parents. Say what you saw, ask for a response, and only then draw conclusions.',
    honour:
      'With honour-related violence, do not talk with the family before an expert has been consulted. First record the advice of Veilig Thuis.',
    date: 'Date of the conversation',
    participants: 'Who was there?',
    reaction: 'How did the person respond?',
    reactionHint: 'Write down important words exactly as they were said.',
    submit: 'Record conversation',
    skipTitle: 'No conversation',
    skipIntro:
      'You may only skip the conversation if there is a good reason. Try to inform the person at a later moment.',
    reason: 'Why is there no conversation?',
    reasons: {
      dangerToPerson: 'The conversation would put the safety of the person or others at risk',
      dangerToProfessional: 'I fear for my own safety or that of colleagues',
      noContact: 'Contact is not possible, despite my efforts',
    },
    explanation: 'Explanation',
    skipSubmit: 'Record without a conversation',
  },
  /**
   * The texts that depend on whom a concern is about (ADR 0028): a child, an adult or an older
   * person (65 or older). `subject-texts.ts` picks the variant; every variant has every key.
   */
  subjects: {
    child: {
      /** The afwegingskader's five questions (NJI 2019). */
      questions: {
        1: 'Based on steps 1 to 4, do I suspect domestic violence or child abuse (or a threat of it)?',
        2: 'Is there acute unsafety and/or structural unsafety?',
        3: 'Am I able to offer or organise effective help to avert domestic violence or child abuse (or the risk of it)?',
        4: 'Do those involved accept the help, and are they willing to commit to it?',
        5: 'Does the help lead, within the desired time, to the necessary safety and well-being of everyone involved?',
      },
      hints: {
        1: 'No: close the concern and record why.',
        2: 'Acute: someone is in immediate danger and it will stay unsafe in the coming days. Structural: it happens again and again (a pattern), for example a child who keeps witnessing violence.',
        3: 'Think of what you and your organisation can do yourselves, and what you can organise together with others.',
        4: 'Are those involved willing to cooperate?',
        5: 'Is it safe now, and will it stay safe?',
      },
      householdLink: 'Household and child check',
      householdTitle: 'Household and child check',
      householdIntro:
        'Who belongs to the household? Are there children who may also be in danger? Record them. You can open a separate concern for each child straight away.',
      relationHint: 'For example brother, mother, partner.',
      checksPrompt:
        'Child check: are there brothers, sisters or other children in the family who may be at risk too? Record them; you can open a concern for each child.',
      checksLink: 'Go to family and child check',
      informed:
        'Have you told those involved that you are going to report? For a child: the parents and, if possible, the child.',
      informedHint:
        'Tell them beforehand, unless that would put the safety of the child, the person or yourself at risk, or seriously harm the relationship.',
      quoteHint: 'For example the explanation a child gave for a bruise.',
    },
    adult: {
      questions: {
        1: 'Based on steps 1 to 4, do I suspect domestic violence (or a threat of it)?',
        2: 'Is there acute unsafety and/or structural unsafety?',
        3: 'Am I able to offer or organise effective help to avert domestic violence (or the risk of it)?',
        4: 'Do those involved accept the help, and are they willing to commit to it?',
        5: 'Does the help lead, within the desired time, to the necessary safety and well-being of everyone involved?',
      },
      hints: {
        1: 'No: close the concern and record why.',
        2: 'Acute: someone is in immediate danger and it will stay unsafe in the coming days. Structural: it happens again and again (a pattern), for example stalking by an (ex-)partner that keeps getting worse.',
        3: 'Think of what you and your organisation can do yourselves, and what you can organise together with others.',
        4: 'Are those involved willing to cooperate?',
        5: 'Is it safe now, and will it stay safe?',
      },
      householdLink: 'Household, child check and informal-care check',
      householdTitle: 'Household, child check and informal-care check',
      householdIntro:
        'Who belongs to the household? Does this person care for children, or for someone else who depends on them? Record them. You can open a separate concern for a child straight away.',
      relationHint: 'For example partner, daughter, son, father.',
      checksPrompt:
        'Child check and informal-care check: does this person care for children under 18, or is there a pregnancy? Does the person care for someone who depends on them, or are they cared for by an informal carer? Record it, and open a concern per child if needed.',
      checksLink: 'Go to household, child check and informal-care check',
      informed: 'Have you told those involved that you are going to report?',
      informedHint:
        'Tell them beforehand, unless that would put the safety of the person, others in the household or yourself at risk, or seriously harm the relationship.',
      quoteHint: 'For example the explanation someone gave for a bruise.',
    },
    older: {
      questions: {
        1: 'Based on steps 1 to 4, do I suspect domestic violence or elder abuse (or a threat of it)?',
        2: 'Is there acute unsafety and/or structural unsafety?',
        3: 'Am I able to offer or organise effective help to avert domestic violence or elder abuse (or the risk of it)?',
        4: 'Do those involved accept the help, and are they willing to commit to it?',
        5: 'Does the help lead, within the desired time, to the necessary safety and well-being of everyone involved?',
      },
      hints: {
        1: 'No: close the concern and record why.',
        2: 'Acute: someone is in immediate danger and it will stay unsafe in the coming days. Structural: it happens again and again (a pattern), for example a dependent older person whose money keeps disappearing, or whose carer keeps falling short because of their own problems.',
        3: 'Think of what you and your organisation can do yourselves, and what you can organise together with others.',
        4: 'Are those involved willing to cooperate?',
        5: 'Is it safe now, and will it stay safe?',
      },
      householdLink: 'Household and informal-care check',
      householdTitle: 'Household and informal-care check',
      householdIntro:
        'Who belongs to the household, and who comes to the house often? Think of a partner, relatives and informal carers. Record them.',
      relationHint: 'For example partner, son, grandson, neighbour.',
      checksPrompt:
        'Informal-care check: is this person cared for by an informal carer, and is that carer becoming overburdened? Does the person care for someone who depends on them? Record it.',
      checksLink: 'Go to household and informal-care check',
      informed: 'Have you told those involved that you are going to report?',
      informedHint:
        'Tell them beforehand, unless that would put the safety of the person, others in the household or yourself at risk, or seriously harm the relationship.',
      quoteHint: 'For example the explanation someone gave for a bruise, or for money that has disappeared.',
    },
  },
  weighing: {
    title: 'Assessment framework (afwegingskader)',
    intro:
      'Answer the questions one at a time. With each answer, write down why. In doubt? Then always ask Veilig Thuis for advice.',
    questionOf: (n: number) => `Question ${n} of 5`,
    sectorGuidance: (sector: string) => `Guidance for ${sector}`,
    guidanceFallback: (own: string, whom: string, shown: string) =>
      `The guidance for ${own} is not written for ${whom}. This is the guidance for ${shown}.`,
    guidanceWhom: { child: 'children', adult: 'adults', older: 'older people' },
    yes: 'Yes',
    no: 'No',
    rationale: 'Why?',
    next: 'Next question',
    previousAnswers: 'Your answers',
    change: 'Start again',
    outcomeTitle: 'Outcome',
    outcomes: {
      close: 'You do not suspect abuse. Close the concern and record why.',
      reportUnsafe:
        'There is acute or structural unsafety. Report to Veilig Thuis. You may keep offering help as well; you answer questions 3 to 5 together with Veilig Thuis.',
      reportNoHelp: 'You cannot offer or organise effective help yourself. Report to Veilig Thuis.',
      reportNotAccepted: 'Those involved do not accept the help. Report to Veilig Thuis.',
      help: 'Offer or organise help, and agree a date on which you review whether the help works (question 5).',
      reportHelpFailed: 'The help does not lead to safety. Report (again) to Veilig Thuis.',
      closeWithAgreements: 'The help works. Close the concern, with agreements on how safety will be monitored.',
    },
    norm: (n: number) => `Reporting norm ${n}`,
    norms: {
      1: 'Always report in case of acute and/or structural unsafety.',
      2: 'Report if you cannot offer or organise enough effective help.',
      3: 'Report if the unsafety does not stop or comes back, even when help is in place.',
    },
    save: 'Record assessment',
  },
  decision: {
    title: 'Decision',
    intro: 'Record your decision, with the reasons. The assessment framework determines which decisions are possible.',
    closeIntro:
      'Has the suspicion been removed, or has the support ended? Close the concern and write down why. The concern stays readable.',
    needsWeighing: 'Fill in the assessment framework first.',
    decision: 'What do you decide?',
    decisions: {
      report: 'Report to Veilig Thuis',
      help: 'Offer or organise help ourselves',
      close: 'Close',
    },
    reasons: 'Why?',
    keepHelpingLegend: 'Will you keep offering help as well?',
    keepHelping: 'Yes, we will keep offering help as well',
    checkDate: 'When will you review whether the help works?',
    checkDateHint: 'For example 15 1 2027. You will get a reminder on that day.',
    informedYes: 'Yes, I have told them',
    informedNo: 'No, for a reason (see above)',
    submit: 'Record decision',
    reviewTitle: 'Review the help (question 5)',
    reviewQuestion: 'Has the help led to the safety and well-being of everyone within the agreed time?',
    reviewYes: 'Yes: close, with agreements on monitoring safety',
    reviewNo: 'No: report (again) to Veilig Thuis',
    reviewNotes: 'Explanation and agreements',
    reviewSubmit: 'Record review',
    reportNext:
      'The decision to report has been recorded. You send the report itself to Veilig Thuis in the next step.',
    reopenReason: 'Why are you reopening the concern?',
    reopenSubmit: 'Reopen concern',
  },
  members: {
    title: 'Add colleagues',
    intro:
      'Only add colleagues who really need to see the concern. Everyone you add can read everything and record things.',
    colleague: 'Colleague',
    choose: 'Choose a colleague',
    none: 'There are no more colleagues you can add.',
    submit: 'Add',
  },
  chronology: {
    title: (name: string) => `Chronology of ${name}`,
    intro: 'Everything recorded about this person in the concerns of your organisation that you may see, in order.',
    print: 'Print',
    pdf: 'Download as PDF',
    generated: (by: string, date: string) => `Made by ${by} on ${date}`,
    confidential: 'Confidential. Do not forward.',
    when: 'When',
    who: 'Who',
    what: 'What',
    concern: (n: number, status: string) => `Concern ${n}: ${status}`,
    documentTitle: 'Chronology (confidential)',
    organisation: (name: string) => `Organisation: ${name}`,
    pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  },
  dashboard: {
    title: 'Overview for the safeguarding lead',
    intro: 'All open concerns of your organisation, by step and age. Choose below what you want to see.',
    byStep: 'Open concerns by step',
    byAge: 'By age group',
    waiting: 'Consultations waiting',
    waitingNone: 'No consultations are waiting.',
    filters: 'Filter',
    status: 'Step',
    allStatuses: 'All open concerns',
    ageGroup: 'Age group',
    allAges: 'All ages',
    apply: 'Show',
    count: 'Number',
    results: (n: number) => plural('en', n, { one: '# concern', other: '# concerns' }),
    since: 'Asked on',
    due: 'Answer by',
    late: '(overdue)',
    waitingCount: 'Open requests',
  },
  entries: {
    number: (n: number) => `Line ${n}`,
    corrects: (n: number) => `Corrects line ${n}`,
    correctedBy: (n: number) => `Corrected in line ${n}`,
    correct: 'Correct',
    occurred: (date: string) => `Happened on ${date}`,
    source: (who: string) => `Source: ${who}`,
    ownObservation: 'Seen or heard myself',
    interpretation: 'Interpretation',
    categories: 'Kinds of signs',
    kinds: {
      opened: 'Concern recorded',
      observation: 'Observation',
      quote: 'Own words',
      counterSign: 'Counter-sign',
      injury: 'Injury',
      attachment: 'Attachment',
      householdMember: 'Added to the household',
      kindcheck: 'Child check',
      carerCheck: 'Informal-care check',
      linkedConcern: 'Linked concern',
      consultationRequested: 'Consultation requested',
      consultation: 'Consultation',
      advice: 'Anonymous advice',
      conversation: 'Conversation',
      conversationSkipped: 'No conversation',
      weighing: 'Assessment framework',
      decision: 'Decision',
      helpReview: 'Help reviewed',
      memberAdded: 'Colleague added',
      reopened: 'Reopened',
      note: 'Note',
      reported: 'Reported to Veilig Thuis',
      adviceRequested: 'Advice asked of Veilig Thuis',
      vtFeedback: 'Feedback from Veilig Thuis',
      honourRisk: 'Question about honour-related violence',
    },
    openedByVolunteer: 'Recorded by a volunteer: the safeguarding lead takes the next steps.',
    linkedChild: (name: string) => `Concern opened for ${name}`,
    linkedParent: (name: string) => `Opened from the concern about ${name}`,
    requestedOf: (name: string) => `Asked of ${name}`,
    requestedOfAny: 'Asked of the safeguarding lead',
    withName: (name: string) => `Consulted with ${name}`,
    participants: (who: string) => `Present: ${who}`,
    reaction: 'Response',
    advice: 'Advice',
    conversationDate: 'Date of the conversation',
    answer: (q: number, yes: boolean) => `Question ${q}: ${yes ? 'yes' : 'no'}`,
    reasons: 'Reasons',
    keepHelping: 'Keeps offering help as well.',
    informedYes: 'Those involved (for a child: the parents) were told that a report will be made.',
    informedNo: 'Those involved were not told beforehand that a report will be made.',
    checkDate: (date: string) => `Review on ${date}`,
    helpSucceeded: 'The help works: closed with agreements.',
    helpFailed: 'The help does not work: report (again).',
    reported: (number: number, vt: string) => `Report ${number} made to ${vt}.`,
    reportedObservations: (seqs: string) => `Sent along: entry ${seqs}.`,
    reportedHousehold: (n: number) =>
      plural('en', n, { one: '# household member sent along.', other: '# household members sent along.' }),
    reportedAcute: 'Reported as acutely unsafe.',
    reportedInformed: 'The person concerned was told about the report.',
    reportedNotInformed: 'The person concerned was not told about the report (the reason is in the report).',
    reportedUnknown: 'The reporter asks to stay unknown to the family.',
    adviceRequested: (number: number, vt: string) => `Advice request ${number} to ${vt}, without data on the family.`,
    question: 'Question',
    feedbackAfter: (stage: 'assessment' | 'investigation', number: number, vt: string) =>
      `${vt} on report ${number}, after ${stage === 'assessment' ? 'the safety assessment' : 'the investigation'}.`,
    feedbackOutcome: 'Decision',
    handedOverTo: (who: string) => `Handed over to: ${who}`,
    safetyConditions: 'Safety conditions',
    feedbackMessage: 'Feedback',
    children: (n: number, ages: string) =>
      `${plural('en', n, { one: '# child', other: '# children' })} under 18${ages ? ` (${ages})` : ''}`,
    hasCarer: (answer: string, who: string) => `Informal carer: ${answer.toLowerCase()}${who ? ` (${who})` : ''}`,
    carerOverburdened: (answer: string) => `Informal carer overburdened: ${answer.toLowerCase()}`,
    caresForSomeone: (answer: string, whom: string) =>
      `Cares for someone: ${answer.toLowerCase()}${whom ? ` (${whom})` : ''}`,
  },
  /** Reminders (the job every 15 minutes): no content, only that something waits and where. */
  reminderMail: {
    consultation: {
      subject: 'Kring: a consultation request is waiting for an answer',
      text: (link: string) =>
        `A consultation request is waiting for your answer in Kring.\n\nSee the overview after signing in:\n${link}\n\n` +
        `(Nederlands: er wacht in Kring een consultatievraag op uw antwoord.)`,
    },
    checkDateLead: {
      subject: 'Kring: an agreed check date has been reached',
      text: (link: string) =>
        `A check date agreed for a concern has been reached in Kring. After signing in, see whether the help works:\n${link}\n\n` +
        `(Nederlands: de afgesproken controledatum van een zorg is bereikt.)`,
    },
    checkDateAuthor: {
      subject: 'Kring: an agreed check date has been reached',
      text: (link: string) =>
        `A check date agreed for a concern you raised has been reached in Kring. After signing in, see whether the help works:\n${link}\n\n` +
        `(Nederlands: de afgesproken controledatum van een zorg die u heeft gemeld is bereikt.)`,
    },
  },
  mail: {
    /** The first line of every notice: which organisation it is about (no content about a person). */
    organisation: (name: string) =>
      `This message is about your work at ${name}. (Nederlands: dit bericht gaat over uw werk bij ${name}.)`,
    consultationRequested: {
      subject: 'Kring: a request for consultation',
      text: (link: string) =>
        `A colleague asks you to think along about a concern in Kring.\n\nSign in to see the request: ${link}\n\nThis email deliberately contains no names or content.\n\n(Nederlands: een collega vraagt u om consultatie in Kring. Log in om die te zien.)`,
    },
    volunteerConcern: {
      subject: 'Kring: a volunteer has recorded a concern',
      text: (link: string) =>
        `A volunteer of your organisation has recorded a concern in Kring. You take the next steps.\n\nSign in to see the concern: ${link}\n\nThis email deliberately contains no names or content.\n\n(Nederlands: een vrijwilliger van uw organisatie heeft een zorg vastgelegd in Kring. Log in om die te zien.)`,
    },
    feedbackWaiting: {
      subject: 'Kring: feedback from Veilig Thuis',
      text: (link: string) =>
        `Veilig Thuis has given you feedback on a report. You can read it in the concern in Kring.\n\nSign in to read the feedback: ${link}\n\nThis email deliberately contains no names or content.\n\n(Nederlands: Veilig Thuis heeft terugkoppeling gegeven op een melding. Log in om die te lezen.)`,
    },
    adviceWaiting: {
      subject: 'Kring: advice from Veilig Thuis',
      text: (link: string) =>
        `Veilig Thuis has answered your request for advice. You can read the advice in the concern in Kring.\n\nSign in to read the advice: ${link}\n\nThis email deliberately contains no names or content.\n\n(Nederlands: Veilig Thuis heeft uw adviesvraag beantwoord. Log in om het advies te lezen.)`,
    },
    acuteReport: {
      subject: 'Kring: new report of acute danger',
      text: (link: string) =>
        `A new report has arrived in which the reporter sees acute danger. Look at it at once.\n\nSign in to see the report: ${link}\n\nThis email deliberately contains no names or content.\n\n(Nederlands: er is een nieuwe melding met acuut gevaar. Log in om die te zien.)`,
    },
  },
};
