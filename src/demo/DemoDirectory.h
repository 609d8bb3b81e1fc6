#pragma once

// The demo council's community directory: fictional organisations and services of the kinds a
// loneliness officer refers to, in the categories of Hearth's demo taxonomy. Names, venues and
// postcodes (area QH) are made up.
//
// Known gaps, on purpose, so the gap analysis has something to find: no running lunch club serves
// Cindermoor (E05900007) or Tinderley (E05900010), and none serves the whole borough; the one
// that did (Tinderley luncheon club) is defunct.

namespace hearth::demo::data {

struct CategorySeed
{
    const char* code;
    const char* name;
};

inline constexpr CategorySeed kDirectoryCategories[] = {
    {"befriending", "Befriending"},
    {"lunch_club", "Lunch and coffee clubs"},
    {"social_group", "Social groups and clubs"},
    {"physical_activity", "Physical activity and walking"},
    {"arts_crafts", "Arts, crafts and music"},
    {"digital_skills", "Digital skills"},
    {"carers_support", "Support for carers"},
    {"bereavement_support", "Bereavement support"},
    {"mental_wellbeing", "Mental wellbeing"},
    {"community_transport", "Community transport"},
    {"advice", "Advice and information"},
    {"volunteering", "Volunteering"},
    {"parent_groups", "Parent and baby groups"},
};

struct ServiceSeed
{
    const char* organisation;
    const char* name;
    const char* category;
    const char* description;
    const char* targetGroups; // comma-separated vocab::targetGroups codes
    int minimumAge; // -1: none
    int maximumAge; // -1: none
    const char* cost; // "" = free
    int capacity; // 0: not stated
    bool transport;
    const char* wards; // comma-separated indexes into kWards; "" = the whole borough
    const char* venue; // "" = no fixed venue (phone, home visits)
    int venueWard; // index into kWards
    const char* byDay; // ORUK byday, "" = no schedule
    const char* opensAt;
    const char* closesAt;
    bool monthly;
    int monthsSinceAssured; // more than 12: stale
    const char* accessibility;
};

inline constexpr ServiceSeed kDirectoryServices[] = {
    {"Hearthdale Age Concern", "Telephone befriending", "befriending",
     "A trained volunteer rings once a week for a chat, at a time that suits.", "older_people,bereaved,disabled", 60,
     -1, "", 120, false, "", "", 0, "", "", "", false, 3, ""},
    {"Hearthdale Age Concern", "Home visiting befriending", "befriending",
     "A volunteer visits at home for an hour each week.", "older_people,disabled,long_term_condition", 65, -1, "", 45,
     false, "0,1,2,8", "", 0, "", "", "", false, 5, ""},
    {"Kindlewick Good Neighbours", "Good Neighbours befriending", "befriending",
     "Neighbours matched with neighbours for visits, walks and shopping trips.", "older_people,new_to_area", 18, -1, "",
     30, false, "3,4", "", 3, "", "", "", false, 8, ""},
    {"Young Minds Hearthdale", "Peer mentors for young adults", "befriending",
     "Young adults paired with a trained peer mentor for six months.", "young_adult,care_leaver", 16, 25, "", 25, false,
     "", "", 0, "", "", "", false, 2, ""},
    {"St Aidan's Church", "Tuesday lunch club", "lunch_club", "A two-course hot lunch and a chat in the church hall.",
     "older_people", 60, -1, "£4 a meal", 40, true, "0,1", "St Aidan's church hall", 0, "TU", "12:00", "14:00", false,
     4, "Step-free entrance; accessible toilet; hearing loop."},
    {"Kindlewick Community Association", "Friday friendship lunch", "lunch_club",
     "Lunch cooked by volunteers, followed by bingo or a quiz.", "older_people,bereaved", 55, -1, "£3.50 a meal", 35,
     true, "3,4", "Kindlewick Community Centre", 3, "FR", "12:00", "14:30", false, 6, "Ramp at the side door."},
    {"Emberfold Village Hall Trust", "Emberfold soup and a roll", "lunch_club",
     "Homemade soup and company every Wednesday.", "older_people", -1, -1, "£2", 25, false, "5",
     "Emberfold Village Hall", 5, "WE", "12:00", "13:30", false, 15, ""},
    {"Glowmere Park Residents' Association", "Glowmere coffee morning", "lunch_club",
     "Coffee, cake and conversation; everyone welcome.", "", -1, -1, "£1 donation", 0, false, "7,10",
     "Glowmere Park pavilion", 7, "TH", "10:00", "12:00", false, 3, "Level access throughout."},
    {"Hearthdale South Methodist Church", "Community café lunch", "lunch_club", "Pay-what-you-can lunch on Mondays.",
     "", -1, -1, "Pay what you can", 50, false, "2,8", "Methodist church hall, Hearthdale South", 2, "MO", "11:30",
     "14:00", false, 9, "Accessible toilet."},
    {"Lanternfield Tenants' Association", "Lanternfield lunch club", "lunch_club",
     "A monthly Sunday roast for residents of the estate.", "older_people", 50, -1, "£5 a meal", 30, true, "10,11",
     "Lanternfield Community Room", 10, "SU", "12:30", "14:30", true, 20, ""},
    {"Tinderley Men's Shed", "Men's Shed", "social_group",
     "Woodwork, repairs and tea; a place for men to get together.", "older_people,veteran,bereaved", 18, -1,
     "£10 a year", 20, false, "9", "The Old Forge, Tinderley", 9, "TU,TH", "10:00", "15:00", false, 7, ""},
    {"Hearthdale Age Concern", "Afternoon tea dances", "social_group", "Tea dances with live music once a month.",
     "older_people", 55, -1, "£3", 80, true, "", "Hearthdale Town Hall", 0, "SA", "14:00", "16:30", true, 10,
     "Lift to the ballroom; accessible toilet."},
    {"Cindermoor Community Hub", "Cindermoor social club", "social_group", "Cards, dominoes and a chat twice a week.",
     "older_people,new_to_area", -1, -1, "", 30, false, "6", "Cindermoor Community Hub", 6, "MO,TH", "13:00", "16:00",
     false, 4, "Step-free; hearing loop."},
    {"Hearthdale Veterans' Breakfast Club", "Veterans' breakfast club", "social_group",
     "A cooked breakfast and good company for armed forces veterans and families.", "veteran", 18, -1,
     "Pay for your own breakfast", 40, false, "", "The Lantern Café, Hearthdale", 0, "SA", "09:00", "11:00", true, 5,
     "Level access."},
    {"New Neighbours Hearthdale", "New to Hearthdale welcome group", "social_group",
     "Meet others new to the area; English conversation practice.", "new_to_area", 16, -1, "", 25, false, "0,2,3,8",
     "Hearthdale Central Library", 0, "WE", "18:00", "19:30", false, 2, "Lift; hearing loop."},
    {"Hearthdale Ramblers", "Health walks", "physical_activity", "Gentle hour-long walks led by trained walk leaders.",
     "", -1, -1, "", 0, false, "", "Meet at Hearthdale Park gates", 0, "WE", "10:00", "11:00", false, 6, ""},
    {"Kindlewick Leisure Trust", "Chair-based exercise", "physical_activity",
     "Seated exercise to music for all abilities.", "older_people,disabled,long_term_condition", 50, -1,
     "£2.50 a session", 20, false, "3,4,5", "Kindlewick Leisure Centre", 3, "MO,TH", "11:00", "12:00", false, 3,
     "Step-free; changing places toilet."},
    {"Glowmere Bowls Club", "Come and try bowls", "physical_activity", "Free taster sessions with equipment provided.",
     "older_people", -1, -1, "", 16, false, "7", "Glowmere Bowls Club", 7, "SA", "10:00", "12:00", false, 14, ""},
    {"Ashen Vale Swimming Club", "Over-50s swimming", "physical_activity",
     "A quiet lane-swimming session for over-50s.", "older_people", 50, -1, "£3.20 a swim", 30, false, "8,2",
     "Ashen Vale Pool", 8, "TU", "08:00", "09:30", false, 11, "Pool hoist."},
    {"Candlebury Green Allotment Society", "Community garden", "physical_activity",
     "Grow food together; tools and seeds provided.", "", -1, -1, "", 15, false, "11,10", "Candlebury Green allotments",
     11, "SA", "10:00", "13:00", false, 26, ""},
    {"Hearthdale Arts Centre", "Creative memories art group", "arts_crafts",
     "Painting and collage for people living with memory loss and their carers.",
     "older_people,carer,long_term_condition", -1, -1, "", 12, true, "0,1,2", "Hearthdale Arts Centre", 0, "WE",
     "14:00", "16:00", false, 4, "Step-free; quiet room."},
    {"Kindlewick Community Choir", "Singing for wellbeing", "arts_crafts",
     "A friendly choir; no auditions, no reading music.", "", -1, -1, "£2 a week", 60, false, "3,4,6",
     "Kindlewick Community Centre", 3, "TU", "19:00", "20:30", false, 13, "Ramp at the side door."},
    {"Emberfold Knit and Natter", "Knit and natter", "arts_crafts", "Bring your knitting, or learn.", "older_people",
     -1, -1, "", 15, false, "5,6", "Emberfold Library", 5, "FR", "10:00", "12:00", false, 8, ""},
    {"Hearthdale Libraries", "Digital drop-in", "digital_skills",
     "Help with phones, tablets, video calls and online forms.", "older_people,new_to_area", -1, -1, "", 10, false, "",
     "Hearthdale Central Library", 0, "MO,WE", "14:00", "16:00", false, 2, "Lift; hearing loop."},
    {"Kindlewick Digital Buddies", "Tablet lending and lessons", "digital_skills",
     "Borrow a tablet with data for three months and learn to use it.", "older_people,disabled", 60, -1, "", 20, false,
     "3,4,9", "", 3, "", "", "", false, 5, ""},
    {"Hearthdale Carers' Centre", "Carers' support group", "carers_support",
     "Meet other carers; information and a break. Sitting service available.", "carer", 18, -1, "", 30, true, "",
     "Hearthdale Carers' Centre", 0, "TH", "10:30", "12:30", false, 3, "Step-free."},
    {"Hearthdale Carers' Centre", "Young carers' club", "carers_support", "Activities and trips for young carers.",
     "carer,young_adult", 11, 25, "", 25, true, "", "Hearthdale Youth Centre", 0, "TU", "17:00", "19:00", false, 6, ""},
    {"Cruse Hearthdale", "Bereavement support group", "bereavement_support",
     "A monthly group for people who have lost someone close.", "bereaved", 18, -1, "", 16, false, "",
     "Quaker Meeting House, Hearthdale", 0, "WE", "18:30", "20:00", true, 4, "Step-free."},
    {"St Aidan's Church", "Bereavement café", "bereavement_support", "Tea and understanding after a loss.", "bereaved",
     -1, -1, "", 20, false, "0,1,2", "St Aidan's church hall", 0, "FR", "14:00", "16:00", true, 18,
     "Step-free entrance."},
    {"Hearthdale Mind", "Wellbeing café", "mental_wellbeing", "A relaxed drop-in for anyone feeling low or isolated.",
     "long_term_condition,young_adult", 16, -1, "", 30, false, "", "Hearthdale Mind, Market Street", 0, "TU,TH",
     "13:00", "16:00", false, 2, "Ground floor; quiet room."},
    {"Hearthdale Mind", "Talking therapies group", "mental_wellbeing",
     "Six-week group course on managing anxiety and low mood.", "long_term_condition", 18, -1, "", 12, false, "",
     "Hearthdale Mind, Market Street", 0, "MO", "18:00", "19:30", false, 7, "Ground floor."},
    {"Young Minds Hearthdale", "Young adults' drop-in", "mental_wellbeing", "Games, food and someone to talk to.",
     "young_adult,care_leaver", 16, 25, "", 25, false, "0,3,7", "Hearthdale Youth Centre", 0, "WE", "16:00", "19:00",
     false, 3, ""},
    {"Hearthdale Community Transport", "Dial-a-ride", "community_transport",
     "Door-to-door minibus for people who cannot use buses; book a day ahead.", "older_people,disabled", -1, -1,
     "£2.50 a journey", 0, true, "", "", 0, "MO,TU,WE,TH,FR", "09:00", "17:00", false, 5,
     "Wheelchair-accessible minibuses."},
    {"Kindlewick Good Neighbours", "Volunteer car scheme", "community_transport",
     "Volunteer drivers for appointments and social outings.", "older_people", -1, -1, "45p a mile", 0, true, "3,4,5,6",
     "", 3, "", "", "", false, 16, ""},
    {"Hearthdale Citizens Advice", "Benefits and money advice", "advice",
     "Free, confidential advice on benefits, debt and housing.", "", 16, -1, "", 0, false, "", "Hearthdale Town Hall",
     0, "MO,WE,FR", "09:30", "16:00", false, 4, "Lift; hearing loop."},
    {"Hearthdale Age Concern", "Information and advice line", "advice",
     "Advice for older people and their families on care, money and staying well.", "older_people,carer", -1, -1, "", 0,
     false, "", "", 0, "MO,TU,WE,TH,FR", "09:00", "17:00", false, 30, ""},
    {"Hearthdale Volunteer Centre", "Volunteering matches", "volunteering",
     "Find a volunteering role that suits you; a first visit with you if you want.", "", 16, -1, "", 0, false, "",
     "Hearthdale Volunteer Centre", 0, "TU,TH", "10:00", "15:00", false, 3, "Step-free."},
    {"Hearthdale Family Hubs", "Stay and play for new parents", "parent_groups",
     "Baby groups for first-time parents, with a health visitor monthly.", "first_time_parent", 16, -1, "", 20, false,
     "0,2,3,7,10", "Hearthdale Family Hub", 0, "TU,FR", "10:00", "11:30", false, 2, "Buggy park; baby change."},
    {"Candlebury Green Children's Centre", "Dads' group", "parent_groups",
     "Saturday play sessions for dads and children.", "first_time_parent", 16, -1, "", 15, false, "11,10,9",
     "Candlebury Green Children's Centre", 11, "SA", "10:00", "12:00", false, 22, ""},
    {"Tinderley Village Society", "Tinderley luncheon club", "lunch_club",
     "Closed when the village hall was sold; kept for the record.", "older_people", 60, -1, "£4", 30, false, "9,6",
     "Tinderley Village Hall", 9, "TH", "12:00", "14:00", false, 28, ""},
};

// Index of the defunct service above (its wards include Cindermoor, but it no longer runs).
inline constexpr int kDefunctService = 39;

} // namespace hearth::demo::data
