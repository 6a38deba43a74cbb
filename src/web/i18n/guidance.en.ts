// SPDX-License-Identifier: EUPL-1.2
/** English texts of the public guidance site; same shape as guidance.nl.ts. Plain language, short sentences. */
import type { guidanceNl } from './guidance.nl.ts';

type Shape<T> = T extends string
  ? string
  : T extends (...a: infer A) => string
    ? (...a: A) => string
    : T extends readonly (infer U)[]
      ? readonly Shape<U>[]
      : { readonly [K in keyof T]: Shape<T[K]> };

export const guidanceEn: Shape<typeof guidanceNl> = {
  nav: {
    home: 'Home',
    signs: 'Signs',
    whatCanIDo: 'What can I do?',
    professionals: 'For professionals',
    contact: 'Contact',
    safeBrowsing: 'Browse safely',
  },

  shared: {
    call: (phone: string) => `Call ${phone}`,
    callVeiligThuis: (phone: string) => `Call Veilig Thuis: ${phone}`,
    chatLink: 'Chat with Veilig Thuis',
    oneSignTitle: 'One sign is no proof',
    oneSignText: 'Act on the feeling that something is not right.',
  },

  home: {
    title: "Don't look away",
    description: (emergency: string, veiligThuis: string) =>
      `Worried about a child, a partner or an older person? Don't look away. Call ${emergency} in immediate danger, or Veilig Thuis ${veiligThuis} for advice or to report.`,
    heading: "Don't look away",
    lead: 'Are you worried about a child, a partner or an older person near you? You do not have to be sure to do something.',
    dangerTitle: 'Is someone in danger right now?',
    dangerText: (emergency: string) =>
      `Call ${emergency} straight away. For example when you hear or see violence now.`,
    worryTitle: 'Worries, advice or a report?',
    worryText: 'Call Veilig Thuis (Safe at Home). You can ask for advice first, even without giving your name.',
    worryFree: 'Free, day and night.',
    chatHours: (hours: string) => `You can chat ${hours}.`,
    oneSignMore: 'In doubt? Ask for advice. That is never wrong.',
    nextTitle: 'Read more',
    entries: {
      signs: {
        title: 'Recognising the signs',
        text: 'What can you look out for in a child, a partner or an older person?',
      },
      whatCanIDo: {
        title: 'What can I do?',
        text: 'Pay attention, ask, get advice and report: this is how to go about it.',
      },
      professionals: {
        title: 'For professionals',
        text: 'Do you work in care, education or childcare? Read the five steps of the reporting code.',
      },
      safeBrowsing: {
        title: 'Browse safely',
        text: 'Afraid that someone is watching? This is how to leave this website quickly.',
      },
    },
  },

  signs: {
    title: 'Signs',
    description:
      'Signs of child abuse, partner violence and elder abuse. One sign is no proof: act on the feeling that something is not right.',
    heading: 'Recognising the signs',
    lead: 'You often cannot see abuse and domestic violence straight away. These signs can point to it. They can also have another cause.',
    ruleMore: 'Look for several signs together, and for sudden changes. In doubt? Ask for advice.',
    tocTitle: 'On this page',
    general: {
      title: 'General signs',
      intro: 'In children, partners and older people, look out for someone who:',
      items: [
        'is quiet and withdrawn, or very busy instead',
        'startles when someone touches them',
        'is often injured, or has injuries in odd places',
        'gives an explanation that does not fit the injury',
        'does not want to go home',
        'is often hungry or looks neglected',
        'is often tired, anxious or low',
      ],
    },
    child: {
      title: 'In children',
      intro: 'Child abuse is violence, threats or neglect by parents or other adults a child depends on.',
      physical: {
        title: 'Physical abuse',
        items: [
          'Bruises on the tummy, back, neck, bottom, thighs or the inside of arms and legs',
          'Marks with a shape, such as from a belt, cord, stick or hand',
          'A bruise on a baby who cannot crawl yet',
          'Several bruises without an explanation',
          'Burns, bite marks or scratches',
          'Broken bones, especially in children under 3',
          'The family keeps switching GP, school or emergency department',
        ],
      },
      emotional: {
        title: 'Emotional abuse',
        items: [
          'A parent often scolds, humiliates or threatens the child',
          'A parent frightens the child or keeps it away from others',
          'A parent asks too much of the child, or blames it for everything',
          'The child thinks badly of itself and is afraid of making mistakes',
          'The child is anxious and always on guard',
          'The child is overly obedient',
          'The child behaves differently when the parents are there',
        ],
      },
      physicalNeglect: {
        title: 'Physical neglect',
        items: [
          'Is often hungry',
          'Is dirty or smells',
          'Wears clothes that do not suit the weather',
          'Is very tired',
          'Is often ill, or is slow to get better',
          'Does not grow well',
          'Has bad teeth or severe nappy rash',
          'Does not get medical care that is needed',
        ],
      },
      emotionalNeglect: {
        title: 'Emotional neglect',
        intro: 'This is the most common form.',
        items: [
          'A parent gives the child little attention or warmth',
          'A parent is unpredictable',
          'The child is listless or withdrawn',
          'The child plays little',
          'The child does not look at you',
          'The child makes friends with everyone straight away, strangers too',
        ],
      },
      sexual: {
        title: 'Sexual abuse',
        items: [
          'Sleeps badly or has nightmares',
          'Eats badly, or has tummy aches without a clear cause',
          'Suddenly has a very different mood',
          'Is afraid of certain people or places',
          'Wets the bed again or sucks their thumb again',
          'Has a ‘secret’ with an adult',
          'Has a new, older friend, or suddenly has money',
          'Behaves sexually in a way that does not fit their age',
          'Has pain, sores or complaints around the genitals',
          'Is afraid to undress or to be examined by a doctor',
        ],
      },
      witness: {
        title: 'Witnessing domestic violence',
        intro:
          'Does a child see or hear violence at home, for example between the parents? Then that is child abuse too. It harms a child just as much.',
        items: [
          'Often the child is also abused directly',
          'The child can get hurt when there is violence',
          'The child sometimes has to flee the house',
          'Also look out for the general signs above',
        ],
      },
    },
    partner: {
      title: 'In partners',
      intro:
        'Partner violence is violence by a partner or ex-partner. It is about hitting, but also about threatening, humiliating and controlling.',
      person: {
        title: 'In the person themselves',
        items: [
          'Injuries they hide',
          'Is often tired, anxious or low',
          'Often has headaches',
          'Is jumpy and hardly looks at you',
          'Has little contact with others',
          'Often cancels appointments at the last minute',
          'Tells stories that do not add up',
        ],
      },
      perpetrator: {
        title: 'In the (ex-)partner',
        items: [
          'Humiliates the other or forbids things',
          'Decides everything about money',
          'Is very jealous',
          'Wants to control everything',
          'Is aggressive',
        ],
      },
    },
    older: {
      title: 'In older people',
      intro:
        'Elder abuse is abuse of someone aged 65 or over who depends (partly) on someone else. For example on a relative, a carer or a care worker. There are five forms.',
      physical: {
        title: 'Physical abuse',
        items: ['Bruises or broken bones without an explanation', 'Injuries that are not all the same age'],
      },
      psychological: {
        title: 'Psychological abuse',
        items: ['Is low or anxious', 'Is not allowed visitors', 'Does not get their own post'],
      },
      neglect: {
        title: 'Neglect',
        items: ['Pressure sores that are not treated', 'Is malnourished', 'Is poorly looked after'],
      },
      financial: {
        title: 'Financial abuse',
        items: [
          'Belongings or money disappear',
          'Suddenly has debts',
          'The will has suddenly been changed',
          'Someone else uses their bank card',
        ],
      },
      sexual: {
        title: 'Sexual abuse',
        items: ['Bruises around the genitals', 'A sexually transmitted infection without an explanation'],
      },
      carer: {
        title: 'Overburdened carer',
        intro:
          'Sometimes caring for an older person becomes too much for a carer. Then the care can go wrong, even into neglect or violence. You can ask Veilig Thuis for advice about this too.',
      },
    },
    special: {
      title: 'Special forms',
      intro: 'These forms call for extra care.',
      familyWarning: 'Do not talk about this with the family. Contact Veilig Thuis or the police directly.',
      familyWarningLink: 'Read why',
      honour: {
        title: 'Honour-related violence',
        intro: 'Fear is the most important sign.',
        items: [
          'Is very afraid',
          'Is under growing pressure or is threatened',
          'Is not free to come and go',
          'The family controls a lot',
          'Is cast out by the family, or is threatened with that',
          'Suddenly stops going to school or work',
          'Is suddenly taken and picked up by relatives',
          'Suddenly dresses differently',
        ],
      },
      fgm: {
        title: 'Female genital mutilation',
        intro:
          'Also called female circumcision. Girls of about 4 to 20 are most at risk, especially in the summer holidays.',
        items: [
          'Is afraid or vague about a trip to a country where cutting happens',
          'Says that ‘something special’ is going to happen',
          'The passport is suddenly lost',
          'The family approves of cutting, or mother or sisters have been cut',
          'Was ill during the holidays, or does not come back to school after the holidays',
          'Has pain when walking, sitting or peeing',
          'Often has bladder infections',
          'No longer wants to join in with sport',
        ],
      },
      forcedMarriage: {
        title: 'Forced marriage and abandonment abroad',
        intro: 'Someone is forced to marry, or is left behind abroad. Young people of about 16 to 25 are most at risk.',
        items: [
          'Withdraws and breaks off friendships',
          'Is suddenly picked up by a brother or father',
          'Suddenly dresses differently',
          'Is afraid of the holidays',
          'Goes on a family visit at the last minute',
          'Is suddenly absent',
          'Has no return ticket',
          'Does not hold their own passport, visa, ticket or money',
        ],
      },
      exploitation: {
        title: 'Exploitation and human trafficking',
        intro:
          'Someone is forced into sex or into criminal jobs. For example by a ‘loverboy’: someone who first pretends to be in love.',
        items: [
          'Skips school, or suddenly gets bad marks',
          'Always has to be reachable, or has several phones',
          'Has expensive things or money without an explanation',
          'Is picked up from school by car or scooter',
          'Is in contact with many older people',
          'Is secretive about new friends',
          'Runs away from home, or stays in hotel rooms',
          'Hurts themselves',
          'Suddenly has debts',
        ],
      },
    },
    nextTitle: 'Are you worried?',
    nextText: 'You do not have to be sure. Ask Veilig Thuis for advice. It is free, day and night.',
    nextLink: 'Read what you can do',
  },

  whatCanIDo: {
    title: 'What can I do?',
    description: (emergency: string, veiligThuis: string) =>
      `Worried about someone? Pay attention, ask, get advice from Veilig Thuis (${veiligThuis}) or make a report. In immediate danger: call ${emergency}.`,
    heading: 'What can I do?',
    lead: 'Are you worried about someone? You do not have to be sure. And you do not have to solve it on your own.',
    dangerTitle: 'Is someone in danger right now?',
    dangerText: (emergency: string) => `Do not wait. Call ${emergency} straight away.`,
    stepsTitle: 'Step by step',
    notice: {
      title: 'Pay close attention',
      paragraphs: [
        'Trust your feeling that something is not right.',
        'Write down what you see or hear, and when. Stick to the facts: what happened, where and when?',
        'One sign is no proof. Look for several signs together.',
      ],
      signsLink: 'See the signs',
    },
    ask: {
      title: 'Ask how things are',
      paragraphs: [
        'Talk to the person when you are alone with them for a moment.',
        'Calmly say what you saw. Stick to the facts. Ask how things are, and listen.',
      ],
      exampleTitle: 'Example: a sports teacher who did not look away',
      example: [
        'A sports teacher notices that a pupil flinches when she touches him briefly. She also sees a bruise on his arm.',
        'After the lesson she calmly asks: ‘How are you doing?’ She listens and does not judge.',
        'Then she writes down what she saw and what he told her, with the date. Then she calls Veilig Thuis for advice.',
      ],
      exceptionNote: 'Please note: with honour-related violence and forced marriage, you do not talk to the family.',
      exceptionLink: 'Read the exception',
    },
    advice: {
      title: 'Ask for advice',
      paragraphs: [
        'Call Veilig Thuis. It is free, day and night.',
        'You can ask for advice anonymously. You do not have to give any names.',
        'Veilig Thuis thinks along with you: what is going on, and what can you do yourself?',
      ],
      chatText: (hours: string) =>
        `Rather chat? You can chat ${hours}. You chat anonymously, with a name you choose. The chat is for advice. To make a report, you call.`,
      doctor: 'You can also ask your GP for advice.',
    },
    report: {
      title: 'Make a report',
      paragraphs: [
        'When you make a report, you tell Veilig Thuis who it is about. You also give your own name and phone number.',
        'Veilig Thuis does not tell the family who you are. That only happens if you give your own permission.',
      ],
      afterTitle: 'What happens after a report?',
      after: [
        'Veilig Thuis first looks at how safe the situation is.',
        'Is there immediate danger? Then action is taken at once. Otherwise Veilig Thuis decides within 5 working days what is needed.',
        'Usually Veilig Thuis makes sure others give help. For example the neighbourhood team, or a care worker who already knows the family.',
        'Sometimes Veilig Thuis investigates itself.',
        'Veilig Thuis lets you know which steps have been taken.',
      ],
      relief: 'After your report, Veilig Thuis watches over safety. You do not have to solve it yourself.',
    },
    exception: {
      title: 'Exception: honour-related violence and forced marriage',
      paragraphs: [
        'Do you suspect honour-related violence, forced marriage or abandonment abroad? Then do not talk about it with the family. Do not confront them either. That can make the danger greater.',
        'Contact Veilig Thuis or the police directly.',
      ],
      emergency: (phone: string) => `Immediate danger: call ${phone}`,
      police: (phone: string) => `Police, non-urgent: call ${phone}`,
    },
    specialist: {
      title: 'Specialist lines',
      trafficking: {
        text: 'Human trafficking or exploitation? Report it anonymously to Meld Misdaad Anoniem (Crime Stoppers).',
        display: '0800-7000',
        tel: '08007000',
      },
      forcedMarriage: {
        text: 'Forced marriage or abandonment abroad? Call the national centre of expertise on forced marriage and abandonment (LKHA).',
        display: '070-345 43 19',
        tel: '+31703454319',
      },
    },
  },

  professionals: {
    title: 'For professionals',
    description:
      'The reporting code for domestic violence and child abuse in five steps, the assessment framework, and when you always report to Veilig Thuis.',
    heading: 'For professionals: the reporting code',
    lead: 'Do you see signs of domestic violence or child abuse in your work? The reporting code (meldcode) helps you decide what to do, in five steps.',
    about: {
      title: 'What is the reporting code?',
      paragraphs: [
        'Since 1 July 2013 the Mandatory Reporting Code Act (Wet verplichte meldcode) applies. Organisations and self-employed professionals in these sectors must have and use a reporting code:',
      ],
      sectors: [
        'health care',
        'education',
        'childcare',
        'social support',
        'youth care',
        'justice (including school attendance officers)',
      ],
      notADuty:
        'A reporting code is not a duty to report. You decide yourself whether to report. The steps help you make a good decision.',
      framework:
        'Since 1 January 2019 every reporting code includes an assessment framework (afwegingskader) that fits your profession.',
      volunteers:
        'Do you work at a sports club, or as a volunteer outside these sectors? Then the reporting code is not mandatory. But you can use the steps.',
    },
    steps: {
      title: 'The five steps',
      mapSignals: {
        title: 'Map the signs',
        paragraphs: [
          'Write down the facts you see and hear, with the date. Also write down what speaks against your concern. Does information come from someone else? Note from whom.',
          'Do the child check (kindcheck). Does your adult client have problems that could put children at risk? Ask whether they care for children or are pregnant. Note how many children, how old they are and whether the client cares for them alone or with someone.',
        ],
      },
      consult: {
        title: 'Consult a colleague',
        paragraphs: [
          'Discuss the signs with an expert colleague or with the safeguarding lead (aandachtsfunctionaris). If needed, ask Veilig Thuis or an expert in injury assessment, such as a forensic doctor, for advice. This can be anonymous.',
        ],
        direct:
          'Is it about honour-related violence, forced marriage or female genital mutilation? Then contact Veilig Thuis at once.',
      },
      talk: {
        title: 'Talk with the person involved',
        paragraphs: [
          'Explain why you are having the conversation. Say what you saw and heard. Ask for a response. Only then draw conclusions.',
          'Is it about a child? Then talk with the child, preferably once without the parents too. And talk with the parents who have parental authority.',
          'Has your concern gone after the conversation? Then you close the matter.',
        ],
        skipIntro: 'You may only skip this conversation if:',
        skip: [
          'the conversation would seriously endanger the safety of the client or others in the household;',
          'you fear for your own safety or that of colleagues;',
          'you cannot make contact after reasonable effort.',
        ],
        skipAfter: 'Then look for a later moment to tell the client.',
        honour:
          'With honour-related violence you never talk to the parents or family first. First consult an expert in this field.',
      },
      weigh: {
        title: 'Weigh the violence',
        paragraphs: [
          'Weigh the nature, the severity and the risk with the assessment framework. Use a risk assessment tool if your sector has one.',
          'In doubt? Then always ask Veilig Thuis for advice.',
        ],
      },
      decide: {
        title: 'Decide: report and/or help',
        paragraphs: [
          'Is a report to Veilig Thuis needed? And can you offer or organise help yourself? Often it is both. Then follow whether the help works.',
        ],
      },
    },
    framework: {
      title: 'The assessment framework in five questions',
      questions: [
        {
          question: 'After steps 1 to 4, do I suspect (a threat of) domestic violence or child abuse?',
          answers: ['No: close the matter and record it.', 'Yes: go to question 2.'],
        },
        {
          question: 'Is there acute or structural unsafety?',
          answers: [
            'Yes: report to Veilig Thuis. You then answer questions 3 to 5 together with Veilig Thuis.',
            'No: go to question 3.',
          ],
        },
        {
          question: 'Can I offer or organise suitable help myself?',
          answers: ['No: report.', 'Yes: go to question 4.'],
        },
        {
          question: 'Do those involved accept this help, and do they cooperate?',
          answers: ['No: report.', 'Yes: offer or organise the help, and go to question 5.'],
        },
        {
          question: 'Does the help lead to the safety and recovery needed within the agreed time?',
          answers: ['No: report (again).', 'Yes: close the help, with agreements on keeping an eye on safety.'],
        },
      ],
      ruleTitle: 'Acute or structural unsafety: always report',
      ruleText: 'With acute or structural unsafety you always report to Veilig Thuis. Even if you keep helping.',
      acute:
        'Acute: someone is in direct physical danger now and needs protection at once. And the situation is likely to stay unsafe in the coming days.',
      structural:
        'Structural: the unsafety happens again and again, or goes on. For example a child who keeps witnessing domestic violence.',
    },
    veiligThuis: {
      title: 'Advice from Veilig Thuis',
      paragraphs: [
        'You can ask Veilig Thuis for advice at every step. This can be anonymous: you describe the situation without names.',
        'As a professional you call. The chat is meant for members of the public.',
      ],
    },
    kring: {
      title: 'Coming soon: Kring helps you with these steps',
      text: 'Soon you will be able to sign in to Kring as a professional. Kring will then guide you through the five steps and help you record what you do.',
    },
  },

  contact: {
    title: 'Contact',
    description:
      'Phone numbers for help with violence or worries, and the contact details of the municipality and the social neighbourhood team.',
    heading: 'Contact',
    lead: 'Here you find the phone numbers for help with violence or worries. And the contact details of the municipality.',
    helpTitle: 'Help with violence or worries',
    emergencyLabel: 'Immediate danger',
    emergencyText: 'Call straight away. For example when you hear or see violence now.',
    veiligThuisText: 'For worries, advice or a report. Free, day and night.',
    chatHours: (hours: string) => `You can chat ${hours}.`,
    policeLabel: 'Police, non-urgent',
    socialTeamText:
      'The social neighbourhood team helps residents with questions about parenting, care and problems at home. Also if you are looking for help for yourself.',
  },

  safeBrowsing: {
    title: 'Browse safely',
    description:
      'How to leave this website quickly, what the Exit button cannot do, and tips for searching and calling more safely.',
    heading: 'Browse safely',
    lead: 'Are you afraid someone will see that you visit this website? Read here how to leave it quickly, and what else you can do.',
    exit: {
      title: 'Leave quickly with Exit',
      howTo: (button: string) =>
        `At the top of every page is the ‘${button}’ button. Click it, or press the Shift key 3 times quickly.`,
      paragraphs: [
        'This page is then replaced at once by another, ordinary website.',
        'Does the Shift key not work? Then use the button.',
      ],
    },
    limits: {
      title: 'What the Exit button cannot do',
      intro: 'The Exit button helps, but it does not erase everything. Keep this in mind:',
      items: [
        'This website stays in your browser history. Someone can see later that you were here.',
        'Is there monitoring software on your phone or computer? Then someone can see everything you do.',
        'Do you share a device with someone else? Then that person can see your history.',
        'Clearing your history can itself draw attention, especially if you never do that otherwise.',
      ],
    },
    tips: {
      title: 'Tips',
      items: [
        'Use a private window (incognito). Your browser then keeps no history.',
        'Use a safer device. For example a computer in the library, or the phone of a friend you trust.',
        'Call rather than search. Note: the number does show up in your phone’s call history.',
        'Only clear your history if that is safe.',
      ],
    },
    callTitle: 'Rather call?',
    callText: 'Veilig Thuis is free, day and night.',
    dangerText: (emergency: string) => `Are you in danger right now? Call ${emergency}.`,
  },
};
