#pragma once

// Word lists for the demo council. Everything here is invented: the council, its towns and wards,
// services and streets do not exist; people's names are common given and family names combined at
// random, so no row describes a real person. Lists are ordered most common first where the
// generator skews towards the start (family names).

namespace hearth::demo::data {

// ---- the council ------------------------------------------------------------------------------

inline constexpr const char* kCouncilName = "Hearthdale Borough Council (demo)";

struct WardSeed
{
    const char* code; // ONS-shaped but outside the range ONS uses (E059…)
    const char* name;
    const char* town;
    int district; // postcode district: QH<district>
    int weight; // share of residents
    int diversity; // percent: how much more (or less) ethnically mixed than the borough
};

inline constexpr WardSeed kWards[] = {
    {"E05900001", "Hearthdale Central", "Hearthdale", 1, 14, 190},
    {"E05900002", "Hearthdale North", "Hearthdale", 2, 9, 120},
    {"E05900003", "Hearthdale South", "Hearthdale", 3, 12, 150},
    {"E05900004", "Kindlewick East", "Kindlewick", 4, 10, 230},
    {"E05900005", "Kindlewick West", "Kindlewick", 5, 7, 110},
    {"E05900006", "Emberfold", "Emberfold", 6, 6, 60},
    {"E05900007", "Cindermoor", "Cindermoor", 7, 8, 80},
    {"E05900008", "Glowmere Park", "Glowmere", 8, 9, 100},
    {"E05900009", "Ashen Vale", "Hearthdale", 9, 5, 70},
    {"E05900010", "Tinderley", "Tinderley", 10, 7, 50},
    {"E05900011", "Lanternfield", "Lanternfield", 11, 6, 90},
    {"E05900012", "Candlebury Green", "Candlebury", 12, 7, 40},
};

struct OfficerSeed
{
    const char* name;
    const char* team;
    int wards[2]; // indexes into kWards: the officer's patch (-1: none)
};

inline constexpr OfficerSeed kManager {"Morgan Ellis", "Community Connections", {-1, -1}};

inline constexpr OfficerSeed kOfficers[] = {
    {"Priya Raman", "Community Connections – Hearthdale", {0, 8}},
    {"Tom Whitlock", "Community Connections – Hearthdale", {1, 2}},
    {"Grace Adebayo-Hart", "Community Connections – Kindlewick", {3, -1}},
    {"Owen Pritchard", "Community Connections – Kindlewick", {4, 10}},
    {"Hannah Kowalczyk", "Community Connections – Rural", {5, 6}},
    {"Sam Okonjo", "Community Connections – Rural", {9, 11}},
    {"Ruth Callaghan", "Community Connections – Glowmere", {7, -1}},
};

// ---- people -----------------------------------------------------------------------------------

inline constexpr const char* kBritishOlderFemale[] = {
    "Margaret",  "Jean",     "Patricia", "Dorothy", "Joan",    "Barbara", "Sheila",    "Maureen",  "Brenda",   "Irene",
    "Doreen",    "Mary",     "Joyce",    "Sylvia",  "Pauline", "Valerie", "Christine", "Kathleen", "Eileen",   "Audrey",
    "Elizabeth", "Marjorie", "Janet",    "Susan",   "Linda",   "Carol",   "Ann",       "Gillian",  "Hazel",    "Beryl",
    "Edna",      "Iris",     "Vera",     "Pamela",  "Rita",    "Shirley", "Wendy",     "Judith",   "Rosemary", "Gwen",
};

inline constexpr const char* kBritishOlderMale[] = {
    "John",    "David",  "Peter", "Michael", "Brian",   "Alan",        "Robert",  "William", "James",    "Kenneth",
    "Roy",     "Derek",  "Colin", "Ronald",  "Keith",   "Anthony",     "Raymond", "Dennis",  "Geoffrey", "Terence",
    "Malcolm", "Barry",  "Frank", "George",  "Harold",  "Leslie",      "Norman",  "Trevor",  "Graham",   "Stanley",
    "Eric",    "Gordon", "Roger", "Stephen", "Richard", "Christopher", "Philip",  "Bernard", "Arthur",   "Donald",
};

inline constexpr const char* kBritishYoungerFemale[] = {
    "Sarah",     "Emma",  "Laura",  "Rebecca", "Hannah",   "Jessica", "Chloe",    "Amy",   "Sophie", "Lauren",
    "Charlotte", "Emily", "Olivia", "Amelia",  "Isla",     "Ella",    "Grace",    "Lucy",  "Megan",  "Ellie",
    "Holly",     "Jade",  "Katie",  "Nicola",  "Claire",   "Lisa",    "Michelle", "Kelly", "Rachel", "Zoë",
    "Freya",     "Poppy", "Mia",    "Abigail", "Danielle", "Georgia", "Leah",     "Molly", "Evie",   "Kayleigh",
};

inline constexpr const char* kBritishYoungerMale[] = {
    "Jack",   "Thomas",  "James",  "Oliver",  "Harry",  "Daniel", "Joshua", "Liam",   "Ryan",   "Callum",
    "Connor", "Jordan",  "Lewis",  "Matthew", "Adam",   "Luke",   "Jamie",  "Kieran", "Nathan", "Samuel",
    "Alfie",  "Charlie", "George", "Oscar",   "Leo",    "Ethan",  "Mason",  "Tyler",  "Reece",  "Dylan",
    "Ben",    "Craig",   "Lee",    "Mark",    "Darren", "Paul",   "Gary",   "Scott",  "Wayne",  "Dean",
};

// Roughly in order of frequency in England and Wales; the generator favours the first entries.
inline constexpr const char* kBritishFamily[] = {
    "Smith",     "Jones",     "Williams",  "Taylor",    "Brown",      "Davies",     "Evans",    "Wilson",
    "Thomas",    "Johnson",   "Roberts",   "Robinson",  "Thompson",   "Wright",     "Walker",   "White",
    "Edwards",   "Hughes",    "Green",     "Hall",      "Lewis",      "Harris",     "Clarke",   "Jackson",
    "Wood",      "Turner",    "Martin",    "Cooper",    "Hill",       "Ward",       "Morris",   "Moore",
    "Clark",     "Lee",       "King",      "Baker",     "Harrison",   "Morgan",     "Allen",    "James",
    "Scott",     "Phillips",  "Watson",    "Davis",     "Parker",     "Price",      "Bennett",  "Young",
    "Griffiths", "Mitchell",  "Kelly",     "Cook",      "Carter",     "Richardson", "Bailey",   "Collins",
    "Bell",      "Shaw",      "Murphy",    "Miller",    "Cox",        "Richards",   "Marshall", "Simpson",
    "Ellis",     "Adams",     "Wilkinson", "Foster",    "Chapman",    "Mason",      "Russell",  "Webb",
    "Rogers",    "Hunt",      "Mills",     "Holmes",    "Palmer",     "Matthews",   "Fisher",   "Barnes",
    "Knight",    "Lloyd",     "Butler",    "Barker",    "Stevens",    "Jenkins",    "Dixon",    "Fletcher",
    "Hudson",    "Pearson",   "Lowe",      "Gibson",    "Ford",       "Smithson",   "Smithers", "Smart",
    "Small",     "Pickering", "Ashworth",  "Sutcliffe", "Hargreaves", "Entwistle",  "Ogden",    "Pryce",
    "Llewellyn", "MacDonald", "Fraser",    "Cameron",
};

inline constexpr const char* kIrishFemale[] = {"Siobhán",  "Niamh", "Aoife",  "Bridget", "Mary",
                                               "Kathleen", "Maeve", "Sinéad", "Róisín",  "Nora"};
inline constexpr const char* kIrishMale[] = {"Patrick", "Sean",   "Declan", "Liam",   "Michael",
                                             "Brendan", "Ciarán", "Eamon",  "Dermot", "Cormac"};
inline constexpr const char* kIrishFamily[] = {"Murphy",  "Kelly", "O'Brien",  "Byrne",     "Ryan",     "O'Sullivan",
                                               "Walsh",   "Doyle", "McCarthy", "Gallagher", "O'Connor", "Quinn",
                                               "Brennan", "Flynn", "Kavanagh", "Doherty",   "Maguire",  "Ward"};

inline constexpr const char* kEuropeanFemale[] = {"Anna",   "Maria", "Agnieszka", "Katarzyna", "Ioana",
                                                  "Elena",  "Ana",   "Giulia",    "Sofia",     "Magdalena",
                                                  "Joanna", "Daiva", "Andreea",   "Beatriz",   "Monika"};
inline constexpr const char* kEuropeanMale[] = {"Piotr", "Tomasz", "Marek",     "Andrei", "Ion",
                                                "Mihai", "João",   "Pedro",     "Marco",  "Luca",
                                                "Jonas", "Tomas",  "Krzysztof", "Paweł",  "Gabriel"};
inline constexpr const char* kEuropeanFamily[] = {
    "Kowalski", "Nowak",      "Wiśniewski", "Popescu", "Ionescu", "Silva",   "Santos", "Ferreira",  "Rossi",
    "Bianchi",  "Kazlauskas", "Petrov",     "Horváth", "Novak",   "Schmidt", "Müller", "Dąbrowski", "Costa"};

inline constexpr const char* kIndianFemale[] = {"Priya",    "Anjali",   "Sunita", "Kiran", "Meera",
                                                "Harpreet", "Gurpreet", "Manjit", "Asha",  "Deepa",
                                                "Pooja",    "Kamala",   "Savita", "Nisha", "Jaspreet"};
inline constexpr const char* kIndianMale[] = {"Rajesh",  "Sanjay",    "Amit",   "Vijay", "Harjit",
                                              "Gurdeep", "Sunil",     "Arjun",  "Rohan", "Ravi",
                                              "Manoj",   "Jaswinder", "Kuldip", "Anil",  "Deepak"};
inline constexpr const char* kIndianFamily[] = {"Patel",  "Sharma",  "Singh", "Kaur",    "Shah",  "Gill",
                                                "Sandhu", "Mistry",  "Kumar", "Chauhan", "Joshi", "Mehta",
                                                "Parmar", "Dhillon", "Bains", "Desai",   "Lad",   "Rana"};

inline constexpr const char* kSouthAsianMuslimFemale[] = {"Fatima",  "Ayesha",   "Zainab", "Samina", "Nasreen",
                                                          "Shabana", "Rukhsana", "Amina",  "Hafsa",  "Maryam",
                                                          "Nusrat",  "Shirin",   "Rahima", "Sadia",  "Yasmin"};
inline constexpr const char* kSouthAsianMuslimMale[] = {"Mohammed", "Muhammad", "Imran",   "Tariq",  "Asif",
                                                        "Bilal",    "Hamza",    "Ibrahim", "Abdul",  "Rashid",
                                                        "Shahid",   "Nadeem",   "Yusuf",   "Zubair", "Saiful"};
inline constexpr const char* kSouthAsianMuslimFamily[] = {
    "Khan",  "Hussain", "Ali",  "Ahmed",     "Begum", "Akhtar", "Iqbal", "Mahmood", "Rahman",
    "Islam", "Uddin",   "Miah", "Chowdhury", "Malik", "Rashid", "Butt",  "Bibi",    "Hossain"};

inline constexpr const char* kChineseFemale[] = {"Mei",      "Li Na",    "Xiu Ying", "Hui", "Ying",
                                                 "Wai Ling", "Siu Fong", "Jing",     "Lan", "Yan"};
inline constexpr const char* kChineseMale[] = {"Wei",       "Jun", "Ming", "Hao", "Kwok Wah",
                                               "Chi Keung", "Lei", "Jian", "Tao", "Yong"};
inline constexpr const char* kChineseFamily[] = {"Chen", "Wang",   "Li", "Zhang", "Liu", "Wong",  "Chan",
                                                 "Lam",  "Cheung", "Ho", "Lau",   "Ng",  "Yeung", "Tang"};

inline constexpr const char* kOtherAsianFemale[] = {"Maricel", "Rosalie", "Tharshini", "Sita",
                                                    "Kamala",  "Nirmala", "Maria"};
inline constexpr const char* kOtherAsianMale[] = {"Jose", "Ramon", "Suresh", "Bikash", "Tharsan", "Prakash", "Arnel"};
inline constexpr const char* kOtherAsianFamily[] = {"Santos",   "Reyes",     "Gurung", "Rai",  "Perera",
                                                    "Fernando", "Sivakumar", "Tamang", "Cruz", "Magar"};

inline constexpr const char* kAfricanFemale[] = {"Blessing", "Grace",  "Chiamaka", "Adaeze", "Abena",
                                                 "Ama",      "Fatuma", "Hodan",    "Nkechi", "Folake",
                                                 "Esther",   "Ngozi",  "Comfort",  "Yetunde"};
inline constexpr const char* kAfricanMale[] = {"Emmanuel", "Chinedu", "Oluwaseun", "Kwame",  "Kofi",
                                               "Samuel",   "Abdi",    "Mohamed",   "Tunde",  "Chukwuemeka",
                                               "Joseph",   "Yaw",     "Ibrahim",   "Olumide"};
inline constexpr const char* kAfricanFamily[] = {"Okafor", "Adeyemi", "Mensah", "Osei",    "Boateng", "Okoro",
                                                 "Abdi",   "Hassan",  "Eze",    "Adebayo", "Owusu",   "Nwosu",
                                                 "Asante", "Mohamed", "Bello",  "Okonkwo", "Warsame", "Addo"};

inline constexpr const char* kCaribbeanOlderFemale[] = {"Gloria", "Hyacinth", "Merle", "Daphne",
                                                        "Monica", "Beverley", "Joyce"};
inline constexpr const char* kCaribbeanOlderMale[] = {"Winston", "Delroy",  "Clifton", "Lloyd",  "Errol",
                                                      "Everton", "Neville", "Carlton", "Desmond"};
inline constexpr const char* kCaribbeanFamily[] = {"Campbell", "Brown",   "Williams", "Thomas", "Francis", "Henry",
                                                   "Bailey",   "Johnson", "Clarke",   "Grant",  "Reid",    "Stewart",
                                                   "Morgan",   "Samuels", "McKenzie", "Gordon", "Barrett", "Edwards"};

inline constexpr const char* kArabFemale[] = {"Noor", "Leila", "Mariam", "Huda", "Rania", "Salma", "Yasmin", "Amal"};
inline constexpr const char* kArabMale[] = {"Ahmed", "Omar", "Khalid", "Youssef", "Karim", "Hassan", "Ali", "Samir"};
inline constexpr const char* kArabFamily[] = {"Al-Sayed", "Haddad", "Mansour", "Nasser", "Khalil",
                                              "Saleh",    "Abbas",  "Hamdan",  "Farah",  "Aziz"};

inline constexpr const char* kOtherFemale[] = {"Ayşe", "Elif", "Camila", "Daniela", "Zeynep", "Valentina", "Lucía"};
inline constexpr const char* kOtherMale[] = {"Mehmet", "Mustafa", "Carlos", "Diego", "Emre", "Andrés", "Kemal"};
inline constexpr const char* kOtherFamily[] = {"Yılmaz",    "Demir",  "Kaya",  "González", "Rodríguez",
                                               "Hernández", "Öztürk", "Şahin", "Torres",   "Ramírez"};

// Given name -> the name the person goes by.
struct Nickname
{
    const char* given;
    const char* preferred;
};
inline constexpr Nickname kNicknames[] = {
    {"Margaret", "Peggy"}, {"Margaret", "Maggie"}, {"Elizabeth", "Betty"},   {"Elizabeth", "Liz"},
    {"Dorothy", "Dot"},    {"Patricia", "Pat"},    {"Kathleen", "Kath"},     {"Susan", "Sue"},
    {"Pamela", "Pam"},     {"Gillian", "Jill"},    {"William", "Bill"},      {"Robert", "Bob"},
    {"Kenneth", "Ken"},    {"Ronald", "Ron"},      {"Anthony", "Tony"},      {"Terence", "Terry"},
    {"Leslie", "Les"},     {"Stanley", "Stan"},    {"Christopher", "Chris"}, {"Richard", "Dick"},
    {"Geoffrey", "Geoff"}, {"Bernard", "Bernie"},  {"Donald", "Don"},        {"Michael", "Mick"},
    {"Rebecca", "Becky"},  {"Samuel", "Sam"},      {"Matthew", "Matt"},      {"Daniel", "Dan"},
    {"Mohammed", "Mo"},    {"Oluwaseun", "Seun"},  {"Chukwuemeka", "Emeka"}, {"Krzysztof", "Chris"},
    {"Siobhán", "Shiv"},
};

inline constexpr const char* kGenderIdentities[] = {"Non-binary", "Trans woman", "Trans man", "Genderfluid", "Agender"};

// ---- addresses --------------------------------------------------------------------------------

inline constexpr const char* kStreetStems[] = {
    "Alder",   "Beacon",   "Birch",   "Bramble",  "Chapel",  "Church", "Clover", "Coppice", "Elm",     "Fern",
    "Forge",   "Foxglove", "Granary", "Hawthorn", "Heather", "Holly",  "Kiln",   "Larch",   "Linden",  "Maple",
    "Meadow",  "Mill",     "Orchard", "Primrose", "Rowan",   "Saxon",  "School", "Spring",  "Station", "Tannery",
    "Thistle", "Victoria", "Willow",  "Wren",     "Yew",     "Ember",  "Hearth", "Flint",   "Tinder",  "Lantern",
};
inline constexpr const char* kStreetKinds[] = {"Road",     "Lane",  "Street", "Close",   "Way",  "Avenue", "Gardens",
                                               "Crescent", "Drive", "Grove",  "Terrace", "Walk", "Mews",   "Rise"};
inline constexpr const char* kBlockKinds[] = {"Court", "House", "Lodge", "Mansions"};
// Postcode inward-code letters (the ones Royal Mail uses).
inline constexpr char kPostcodeLetters[] = "ABDEFGHJLNPQRSTUWXYZ";

// ---- contact notes ----------------------------------------------------------------------------

inline constexpr const char* kActivities[] = {
    "lunch club",
    "walking group",
    "coffee morning",
    "knit and natter group",
    "men's shed",
    "singing group",
    "chair-based exercise class",
    "digital drop-in",
    "allotment group",
    "reading group",
    "bereavement café",
    "carers' coffee morning",
    "gaming night at the youth hub",
    "parent and baby group",
    "memory café",
    "craft circle",
    "table tennis club",
    "community choir",
    "gardening club",
};

inline constexpr const char* kServices[] = {
    "Hearthdale Good Neighbours",
    "Kindlewick Community Transport",
    "the Emberfold befriending scheme",
    "Glowmere Library",
    "Candlebury Carers' Centre",
    "Tinderley Men's Shed",
    "Ashen Vale Lunch Club",
    "Lanternfield Youth Hub",
    "Cindermoor Memory Café",
    "the council's warm spaces network",
    "the benefits advice drop-in",
    "the talking therapies service",
    "the falls prevention team",
    "the digital buddies volunteers",
    "the family hub",
};

inline constexpr const char* kPlaces[] = {"library",     "community centre", "café on the high street",
                                          "church hall", "leisure centre",   "family hub"};

inline constexpr const char* kTopics[] = {
    "getting out to the shops",
    "family and how often they visit",
    "what they used to enjoy doing",
    "volunteering",
    "money worries and the cost of heating",
    "upcoming health appointments",
    "the garden",
    "getting a bus pass",
    "joining a group",
    "keeping in touch with old friends",
    "going back to college or work",
    "their pet and daily walks",
};

inline constexpr const char* kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday morning"};

// The first sentence of the first contact, by who identified the resident (vocab::identifiedBy order).
inline constexpr const char* kOpenings[] = {
    "Met during outreach and agreed to a first conversation.", // officer
    "First conversation after the ward councillor passed on concerns.", // ward_councillor
    "First conversation following a referral from the GP practice.", // gp_pcn
    "Initial visit after a referral from the social prescribing link worker.", // social_prescriber
    "Referred by a local community group; explained what the service offers.", // vcf_partner
    "A family member got in touch; agreed a first chat.", // family_friend
    "Self-referral after seeing a leaflet in the library.", // self
    "Referred through the housing team; introduced the service.", // other
};

inline constexpr const char* kFirstContact[] = {
    "Explained how the service works and how records are kept.",
    "Talked about how the last few months have been.",
    "Went through the initial conversation and agreed what matters most.",
    "Agreed to start with a fortnightly phone call.",
};

// What the resident's situation is, by target group (vocab::targetGroups order).
inline constexpr const char* kSituations[][2] = {
    {"Family live a long way away and phone calls are the main contact.",
     "Rarely goes out since a fall last winter and finds the days long."}, // older_people
    {"Recently left care and is settling into a first flat alone.",
     "Has few people to call on since moving out of supported housing."}, // care_leaver
    {"New parent who has not met other parents locally.",
     "Finding the first months with the baby isolating while their partner works."}, // first_time_parent
    {"Finished college and has lost touch with friends.",
     "Spends most evenings gaming alone and would like to meet people."}, // young_adult
    {"Caring for a relative takes up most of the week.",
     "Rarely gets a break from caring and has lost touch with friends."}, // carer
    {"Getting out is hard without help, so most days are spent at home.",
     "Uses a wheelchair and finds many venues hard to reach."}, // disabled
    {"Lives alone since their partner died and finds the evenings long.",
     "Still grieving and has withdrawn from the groups they used to attend."}, // bereaved
    {"A long-term condition means good and bad days, and plans often fall through.",
     "Hospital appointments take up a lot of energy and confidence is low."}, // long_term_condition
    {"Moved to the area recently and does not know anyone yet.",
     "Came to the borough for work and has not found a community here."}, // new_to_area
    {"Left the forces years ago and misses the company.", "Would like to meet other veterans nearby."}, // veteran
};

inline constexpr const char* kProgress[] = {
    "Talked about %topic%.",
    "Mood seemed brighter than last time.",
    "Said the weekends are still the hardest part.",
    "Has been to the %activity% twice and enjoyed it.",
    "Did not go to the %activity% in the end; felt too anxious on the day.",
    "Pleased to have had a visit from the befriending volunteer.",
    "A neighbour has started popping in on Sundays.",
    "Worried about heating bills this winter; gave information on grants.",
    "Sleeping badly; suggested talking to the GP.",
    "Now using a tablet for video calls with family.",
    "Went to the %place% with a friend for the first time in months.",
    "Feeling low this week after some bad news in the family.",
};

inline constexpr const char* kActions[] = {
    "Agreed to try the %activity% on %day%.",
    "Will send details of %service%.",
    "Left a leaflet about %service%.",
    "Passed details to %service% with consent.",
    "Booked community transport for the next session.",
    "Arranged weekly calls from a befriending volunteer.",
    "Agreed to meet at the %place% next time.",
    "Helped to fill in the form for %service%.",
};

inline constexpr const char* kMessages[] = {
    "Sent a text reminder about the %activity%.",
    "Posted a letter with the %service% timetable.",
    "Left a voicemail; no answer.",
    "Texted to check how the first session went.",
};

inline constexpr const char* kGroupSessions[] = {
    "Attended the %activity% and chatted with two other members.",
    "Came to the %activity% with a neighbour.",
    "Joined the %activity% for the first time; stayed for the whole session.",
    "Arrived late to the %activity% but stayed for tea afterwards.",
};

inline constexpr const char* kFollowUps[] = {
    "Follow-up call booked.",
    "Will check in in a fortnight.",
    "Next visit arranged.",
    "Will ring after the next session to see how it went.",
};

// The last note of a closed case, by closure reason (vocab::closureReasons order).
inline constexpr const char* kClosings[] = {
    "Feels more connected now and goes to the %activity% every week; agreed to close the case.", // improved
    "Moving to be nearer family; case closed with best wishes.", // moved_away
    "Does not want further contact for now; told them the door stays open.", // declined
    "Several attempts to reach them without reply; closing the case.", // no_contact
    "Heard from the family that they have died; case closed.", // deceased
    "Transferred to the adult social care team with consent.", // transferred
    "Case closed after review with the team manager.", // other
};

} // namespace hearth::demo::data
