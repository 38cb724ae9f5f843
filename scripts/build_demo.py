#!/usr/bin/env python3
"""Build the demo data set in data/demo/ (used by `expatdesk demo` and `init --demo`).

    python3 scripts/build_demo.py [--out DIR]

Writes communities.csv and residents.csv. Standard library only and
deterministic: a fixed seed, no set iteration, no clock, so the same script
gives the same bytes on every machine.

Every date except birth_date is generated around the reference date
2026-11-01; the loader shifts them by (today - 2026-11-01) so the demo never
goes stale. The data is built to show every feature at once: permits
expiring within 30 days and already expired, missing and stale residence
registrations, moved-out residents, families with children, names with
accents, Chinese names, consent flags, a multi-line note and a note that
starts with `=` (the CSV formula guard). No two residents are duplicates
(hard or likely) of each other.
"""
import argparse
import csv
import datetime as dt
import os
import random
import unicodedata

REF = dt.date(2026, 11, 1)
SEED = 20261101
LAST_ARRIVAL = dt.date(2026, 10, 30)
FIRST_ARRIVAL = dt.date(2015, 1, 1)

RESIDENT_HEADER = (
    "external_id,family_name,given_name,chinese_name,nationality,gender,birth_date,phone,email,"
    "wechat,community,address,languages,arrival_date,residence_registered_on,permit_type,"
    "permit_number,permit_expiry,passport_number,consent_contact,consent_share,status,"
    "moved_out_on,notes"
).split(",")

# (English name, Chinese name, external id prefix, weight, villas?)
COMMUNITIES = [
    ("Green Court", "绿庭", "GC", 40, False),
    ("Lakeside Villas", "湖畔别墅", "LV", 22, True),
    ("Maple Garden", "枫叶花园", "MG", 38, False),
    ("Riverside Residences", "滨江公寓", "RR", 40, False),
    ("Orchid Park", "兰园", "OP", 34, False),
    ("Jade Terrace", "翡翠台", "JT", 26, False),
]

# Name pools. Per nationality: weight and one or more groups (a group keeps
# family and given names of one naming tradition together). Entries are
# comma-separated; "Male/Female" gives the two forms of a gendered family name,
# "Latin:汉字" the Chinese (kanji, hanja, Hán-Việt) form of a name.
NATIONS = {
    "KR": (20, [dict(
        langs=["ko;en", "ko;en;zh", "ko"],
        fam="Kim:金,Lee:李,Park:朴,Choi:崔,Jung:郑,Kang:姜,Cho:赵,Yoon:尹,Jang:张,Lim:林,Han:韩,"
            "Shin:申,Seo:徐,Kwon:权,Hwang:黄,Song:宋",
        m="Min-jun:敏俊,Ji-hoon:智勋,Seo-jun:瑞俊,Do-yun:道允,Hyun-woo:贤宇,Jae-won:在元,"
          "Sung-min:成敏,Dong-hyun:东贤,Joon-ho:俊浩,Tae-hyun:泰贤,Sang-woo:相宇,Young-soo:永洙",
        f="Seo-yeon:瑞妍,Ha-eun:夏恩,Min-seo:敏瑞,Soo-ah:秀雅,Ji-yeon:智妍,Eun-ji:恩智,"
          "Hye-jin:惠真,Yu-na:有娜,Da-eun:多恩,Su-bin:秀彬,Ye-jin:艺珍,Na-young:娜英",
        zh=0.8, keep_name=True)]),
    "JP": (16, [dict(
        langs=["ja;en", "ja", "ja;en;zh"],
        fam="Tanaka:田中,Suzuki:鈴木,Takahashi:高橋,Watanabe:渡辺,Ito:伊藤,Yamamoto:山本,"
            "Nakamura:中村,Kobayashi:小林,Sato:佐藤,Kato:加藤,Yoshida:吉田,Yamada:山田,"
            "Sasaki:佐々木,Matsumoto:松本,Inoue:井上,Kimura:木村",
        m="Haruto:陽翔,Ren:蓮,Takumi:拓海,Kenji:健二,Hiroshi:浩,Daiki:大輝,Shota:翔太,"
          "Kazuki:和樹,Sota:颯太,Takeshi:武,Yusuke:雄介,Koji:浩二",
        f="Yui:結衣,Aoi:葵,Hina:陽菜,Yuko:裕子,Mai:麻衣,Haruka:遥,Naoko:直子,Akiko:明子,"
          "Misaki:美咲,Emi:恵美,Sakura:桜,Ayaka:彩花",
        zh=0.8)]),
    "US": (16, [dict(
        langs=["en", "en;es", "en;zh"],
        fam="Smith,Johnson,Williams,Brown,Miller,Davis,Wilson,Anderson,Taylor,Thomas,Moore,"
            "Jackson,Harris,Clark,Lewis,Walker,Rodriguez,O'Neill",
        m="James,Michael,David,Daniel,Ethan,Ryan,Christopher,Matthew,Andrew,Joshua,Tyler,Brandon",
        f="Emily,Sarah,Jessica,Ashley,Olivia,Madison,Megan,Rachel,Lauren,Abigail,Kayla,Brooke")]),
    "DE": (14, [dict(
        langs=["de;en", "de;en;zh", "de"],
        fam="Müller,Schmidt,Schneider,Fischer,Weber,Wagner,Becker,Hoffmann,Schäfer,Koch,"
            "Richter,Krüger,Schröder,Neumann,Braun,Zimmermann,Weiß,Vogel",
        m="Jonas,Lukas,Felix,Maximilian,Tobias,Stefan,Jürgen,Matthias,Florian,Sebastian,Niklas,"
          "Jörg",
        f="Anna,Lena,Sophie,Katharina,Julia,Sabine,Charlotte,Hannah,Mia,Birgit,Annika,Jördis",
        umlaut=True)]),
    "FR": (10, [dict(
        langs=["fr;en", "fr;en;zh", "fr"],
        fam="Martin,Bernard,Dubois,Lefèvre,Moreau,Laurent,Girard,Rousseau,Fournier,Mercier,"
            "Lambert,Bonnet,Faure,Chevalier",
        m="Jean-Luc,Étienne,Mathieu,Julien,Antoine,Hugo,Théo,Nicolas,Pierre,Rémi,Benoît,Gaël",
        f="Camille,Élodie,Chloé,Léa,Manon,Inès,Amélie,Céline,Margaux,Hélène,Océane,Noémie")]),
    "GB": (9, [dict(
        langs=["en", "en;fr", "en;zh"],
        fam="Jones,Evans,Roberts,Hughes,Wright,Hall,Green,Wood,Thompson,Cooper,Turner,Ward,"
            "Bennett,Edwards,Fitzgerald-Hughes",
        m="Oliver,Harry,George,William,Jack,Charlie,Alfie,Edward,Henry,Rhys,Callum",
        f="Amelia,Isla,Zoë,Sophie,Poppy,Imogen,Eleanor,Harriet,Florence,Niamh,Freya")]),
    "CA": (6, [dict(
        langs=["en;fr", "fr;en", "en"],
        fam="Tremblay,Gagnon,Roy,Côté,Bouchard,Gauthier,Morin,Lavoie,Fortin,MacDonald,Campbell,"
            "Leblanc",
        m="Liam,Noah,William,Logan,Félix,Mathis,Owen,Samuel,Olivier,Xavier",
        f="Olivia,Emma,Chloé,Léa,Alice,Maëlle,Ava,Florence,Rosalie,Gabrielle")]),
    "AU": (6, [dict(
        langs=["en", "en;zh"],
        fam="Mitchell,Kelly,Murphy,Campbell,Ryan,Stewart,Robinson,Harrison,Nguyen,Walsh,Fraser",
        m="Jack,Noah,Liam,Cooper,Lachlan,Riley,Hamish,Angus,Flynn,Bailey",
        f="Charlotte,Olivia,Mia,Chloe,Matilda,Ruby,Isla,Grace,Zara,Sienna")]),
    "IT": (6, [dict(
        langs=["it;en", "it;en;zh", "it"],
        fam="Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,"
            "Gallo,Conti,De Luca,Costa",
        m="Luca,Marco,Alessandro,Matteo,Lorenzo,Davide,Francesco,Niccolò,Giuseppe,Andrea",
        f="Giulia,Francesca,Chiara,Sara,Martina,Alessia,Federica,Elisa,Valentina,Giorgia")]),
    "SG": (6, [dict(
        weight=5, langs=["en;zh;ms", "en;zh", "zh;en"],
        fam="Tan:陈,Lim:林,Ng:黄,Ong:王,Goh:吴,Chua:蔡,Koh:许,Teo:张,Ang:洪,Yeo:杨,Low:刘,Sim:沈",
        m="Wei Ming:伟明,Jun Jie:俊杰,Zhi Hao:志豪,Kai Xiang:凯翔,Wei Jie:伟杰,Jun Wei:俊伟,"
          "Zhen Yu:振宇,Yong Sheng:永胜",
        f="Hui Min:慧敏,Jia Yi:佳怡,Xin Yi:欣怡,Mei Ling:美玲,Shu Fen:淑芬,Li Ting:丽婷,"
          "Pei Shan:佩珊,Wen Qi:文琪",
        zh=0.95), dict(
        weight=1, langs=["en;ta", "en;ms;ta"],
        fam="Rajaratnam,Pillai,Krishnan,Subramaniam",
        m="Arun,Suresh,Vijay,Ganesh", f="Kavitha,Meena,Lakshmi,Revathi")]),
    "MY": (5, [dict(
        weight=3, langs=["ms;en;zh", "zh;en;ms", "en;zh"],
        fam="Tan:陈,Lim:林,Wong:黄,Chong:张,Yap:叶,Leong:梁,Cheah:谢,Lau:刘",
        m="Chee Keong:志强,Kok Leong:国良,Wai Kit:伟杰,Jia Le:家乐,Zhi Wei:志伟,Boon Hock:文福",
        f="Mei Fong:美芳,Siew Ling:秀玲,Hui Ying:慧莹,Pei Yee:佩仪,Xin Hui:欣慧,Li Wen:丽雯",
        zh=0.95), dict(
        weight=2, langs=["ms;en", "ms;en;ar"],
        fam="Abdullah,Ismail,Hassan,Rahman,Ibrahim,Othman",
        m="Ahmad Faiz,Muhammad Hafiz,Amirul Hakim,Mohd Firdaus,Aiman",
        f="Nurul Aisyah,Siti Aminah,Nur Izzati,Farah Nabila,Aina")]),
    "IN": (6, [dict(
        langs=["hi;en", "en;hi", "ta;en", "en"],
        fam="Sharma,Patel,Singh,Kumar,Gupta,Iyer,Reddy,Nair,Mehta,Agarwal,Joshi,Rao,Menon,"
            "Desai,Chatterjee",
        m="Arjun,Rahul,Vikram,Aditya,Rohan,Karthik,Sanjay,Amit,Vivek,Nikhil",
        f="Priya,Ananya,Kavya,Deepika,Neha,Aishwarya,Pooja,Divya,Lakshmi,Shreya")]),
    "RU": (5, [dict(
        langs=["ru;en", "ru", "ru;en;zh"],
        fam="Ivanov/Ivanova,Smirnov/Smirnova,Kuznetsov/Kuznetsova,Popov/Popova,"
            "Vasiliev/Vasilieva,Petrov/Petrova,Sokolov/Sokolova,Mikhailov/Mikhailova,"
            "Novikov/Novikova,Fedorov/Fedorova,Morozov/Morozova,Volkov/Volkova,"
            "Lebedev/Lebedeva,Kozlov/Kozlova",
        m="Alexei,Dmitri,Sergei,Ivan,Mikhail,Nikolai,Andrei,Pavel,Artyom,Maxim",
        f="Anastasia,Ekaterina,Olga,Natalia,Tatiana,Svetlana,Daria,Yulia,Irina,Ksenia")]),
    "ES": (5, [dict(
        langs=["es;en", "es;ca;en", "es"],
        fam="García,Fernández,González,Rodríguez,López,Martínez,Sánchez,Pérez,Gómez,Ruiz,"
            "Jiménez,Díaz,Moreno,Álvarez,Muñoz,García López,Ortega Ruiz",
        m="José,Javier,Álvaro,Pablo,Sergio,Alejandro,Diego,Carlos,Iñigo,Raúl",
        f="María,Lucía,Carmen,Paula,Elena,Marta,Nerea,Irene,Alba,Begoña",
        keep_name=True)]),
    "NL": (4, [dict(
        langs=["nl;en", "nl;en;de"],
        fam="de Jong,Jansen,de Vries,van den Berg,van Dijk,Bakker,Visser,Smit,Meijer,de Boer,"
            "Mulder,Bos",
        m="Daan,Sem,Bram,Lars,Thijs,Jeroen,Sander,Joost,Maarten,Ruben",
        f="Emma,Sanne,Fleur,Lotte,Anouk,Femke,Zoë,Noor,Eline,Marloes")]),
    "BR": (4, [dict(
        langs=["pt;en", "pt;es;en", "pt"],
        fam="Silva,Santos,Oliveira,Souza,Ferreira,Alves,Pereira,Lima,Gomes,Ribeiro,Carvalho,"
            "Araújo,Barbosa,Gonçalves",
        m="João,Pedro,Lucas,Gabriel,Rafael,Thiago,Mateus,Guilherme,Gustavo,Felipe",
        f="Ana,Beatriz,Mariana,Juliana,Larissa,Camila,Fernanda,Letícia,Luíza,Gabriela")]),
    "SE": (3, [dict(
        langs=["sv;en", "sv;en;de"],
        fam="Andersson,Johansson,Karlsson,Nilsson,Eriksson,Larsson,Lindqvist,Bergström,"
            "Lindström,Sjöberg,Åkesson",
        m="Erik,Oskar,Nils,Gustav,Johan,Axel,Anders,Björn,Magnus",
        f="Astrid,Elin,Ingrid,Maja,Saga,Linnéa,Karin,Ebba,Frida")]),
    "MX": (3, [dict(
        langs=["es;en", "es"],
        fam="Hernández,Ramírez,Cruz,Flores,Morales,Vázquez,Reyes,Castillo,Mendoza,Guzmán",
        m="José Luis,Juan Carlos,Miguel Ángel,Santiago,Emiliano,Fernando,Jorge,Ricardo",
        f="María José,Ximena,Valeria,Guadalupe,Daniela,Sofía,Regina,Paola",
        keep_name=True)]),
    "TH": (3, [dict(
        langs=["th;en", "th;en;zh"],
        fam="Saelim,Chaiyasit,Sukprasert,Wongsuwan,Thongchai,Rattanapong,Srisawat,Boonmee,"
            "Kaewkham,Jaidee",
        m="Somchai,Krit,Nattapong,Thanawat,Anan,Pichit,Sarawut,Chaiwat",
        f="Siriporn,Nattaya,Kanokwan,Pimchanok,Malee,Ploy,Supaporn,Waranya")]),
    "VN": (3, [dict(
        langs=["vi;en", "vi;en;zh", "vi"],
        fam="Nguyễn:阮,Trần:陈,Lê:黎,Phạm:范,Hoàng:黄,Vũ:武,Đặng:邓,Bùi:裴,Đỗ:杜,Ngô:吴",
        m="Văn Hùng:文雄,Đức Anh:德英,Quang Huy:光辉,Minh Tuấn:明俊,Hải Nam:海南,Thành Công:成功",
        f="Thị Lan:氏兰,Thu Hà:秋河,Ngọc Anh:玉英,Thanh Hương:青香,Bích Ngọc:碧玉,Phương Linh:芳玲",
        zh=0.35)]),
    "ID": (3, [dict(
        langs=["id;en", "id;en;zh"],
        fam="Wijaya,Santoso,Hidayat,Saputra,Kusuma,Halim,Gunawan,Setiawan,Pratama,Nugroho",
        m="Budi,Agus,Rizky,Dimas,Adi,Fajar,Andi,Yusuf",
        f="Dewi,Siti,Putri,Ayu,Rina,Intan,Fitri,Sari")]),
    "PH": (3, [dict(
        langs=["tl;en", "en;tl"],
        fam="Bautista,Ocampo,Mendoza,Aquino,Villanueva,Dela Cruz,Ramos,Castillo,Santiago,Navarro",
        m="Jose Miguel,Mark Anthony,John Paul,Carlo,Paolo,Jerome,Rommel",
        f="Maria Clara,Kristine,Angelica,Patricia,Joy,Bea,Jasmine")]),
    "TR": (3, [dict(
        langs=["tr;en", "tr;en;de"],
        fam="Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Öztürk,Aydın,Özdemir,Arslan,Doğan,Kılıç",
        m="Mehmet,Mustafa,Ahmet,Emre,Burak,Can,Murat,Oğuz,Kerem",
        f="Ayşe,Zeynep,Elif,Fatma,Merve,Büşra,Selin,Gül,Ece")]),
    "PL": (3, [dict(
        langs=["pl;en", "pl;en;de"],
        fam="Nowak,Kowalski/Kowalska,Wiśniewski/Wiśniewska,Wójcik,Kowalczyk,"
            "Kamiński/Kamińska,Lewandowski/Lewandowska,Zieliński/Zielińska,Woźniak,"
            "Dąbrowski/Dąbrowska,Mazur,Krawczyk",
        m="Łukasz,Piotr,Krzysztof,Tomasz,Paweł,Michał,Jakub,Bartosz,Grzegorz,Wojciech",
        f="Agnieszka,Katarzyna,Małgorzata,Magdalena,Joanna,Zofia,Aleksandra,Monika")]),
    "CH": (3, [dict(
        weight=2, langs=["de;en;fr", "de;fr;en"],
        fam="Meier,Keller,Huber,Brunner,Baumann,Frei,Gerber,Moser,Zürcher",
        m="Reto,Beat,Urs,Matthias,Gian,Lukas", f="Nadine,Corinne,Seraina,Anja,Mirjam,Lara",
        umlaut=True), dict(
        weight=1, langs=["fr;de;en", "fr;en"],
        fam="Favre,Rochat,Perret,Jaccard",
        m="Loïc,Cédric,Yannick", f="Léa,Aurélie,Mélanie")]),
    "AT": (3, [dict(
        langs=["de;en", "de;en;it"],
        fam="Gruber,Bauer,Pichler,Steiner,Mayer,Hofer,Leitner,Berger,Fuchs,Eder,Wimmer,Pölzl",
        m="Florian,Jakob,Elias,Georg,Wolfgang,Markus,Dominik,Lorenz",
        f="Theresa,Magdalena,Verena,Johanna,Elisabeth,Valentina,Katrin,Leonie",
        umlaut=True)]),
    "BE": (3, [dict(
        weight=2, langs=["nl;fr;en", "nl;en"],
        fam="Peeters,Janssens,Maes,Jacobs,Mertens,Willems,Claes,Goossens,Wouters,Vermeulen",
        m="Pieter,Wout,Jens,Senne,Bram,Stijn", f="Fien,Elise,Lien,Griet,Lotte,Ine"), dict(
        weight=1, langs=["fr;nl;en", "fr;en"],
        fam="Dupont,Leroy,Lambert,Renard,Lemaire",
        m="Arnaud,Maxime,Quentin", f="Amandine,Louise,Pauline")]),
    "IE": (3, [dict(
        langs=["en", "en;ga"],
        fam="Murphy,Kelly,O'Sullivan,Walsh,O'Brien,Byrne,Ryan,O'Connor,McCarthy,Doyle,"
            "Gallagher,Ó Ceallaigh",
        m="Seán,Cian,Oisín,Conor,Darragh,Eoin,Ciarán,Niall",
        f="Aoife,Niamh,Siobhán,Caoimhe,Róisín,Saoirse,Clodagh,Sinéad")]),
    "DK": (2, [dict(
        langs=["da;en", "da;en;de"],
        fam="Jensen,Nielsen,Hansen,Pedersen,Christensen,Sørensen,Rasmussen,Jørgensen,Madsen",
        m="Søren,Mads,Rasmus,Mikkel,Frederik,Jesper,Kasper",
        f="Mette,Freja,Ida,Signe,Camilla,Astrid,Louise")]),
    "FI": (2, [dict(
        langs=["fi;en", "fi;sv;en"],
        fam="Korhonen,Virtanen,Mäkinen,Nieminen,Hämäläinen,Laine,Heikkinen,Järvinen,Lehtonen",
        m="Mikko,Juha,Antti,Ville,Jussi,Eero,Timo,Lauri",
        f="Aino,Eveliina,Satu,Noora,Helmi,Liisa,Päivi,Sanna")]),
    "NZ": (2, [dict(
        langs=["en", "en;mi"],
        fam="Ngata,Parata,Robertson,Stewart,Sinclair,Te Rangi,McKenzie,Grant",
        m="Nikau,Tama,Finn,Ari,Hamish,Wiremu", f="Aroha,Mereana,Harper,Georgia,Kaia,Anahera")]),
    "PK": (2, [dict(
        langs=["ur;en", "en;ur", "pa;ur;en"],
        fam="Khan,Ahmed,Malik,Hussain,Qureshi,Chaudhry,Sheikh,Raza,Siddiqui,Iqbal",
        m="Usman,Bilal,Hamza,Imran,Faisal,Asad,Zain", f="Ayesha,Fatima,Sana,Mahnoor,Hira,Zainab")]),
    "EG": (2, [dict(
        langs=["ar;en", "ar;en;fr"],
        fam="Hassan,Ibrahim,Mahmoud,Abdel Aziz,El-Sayed,Farouk,Soliman,Nasser",
        m="Ahmed,Omar,Karim,Youssef,Amr,Tarek", f="Nour,Mariam,Yasmin,Salma,Heba,Dina")]),
    "NG": (2, [dict(
        langs=["en;yo", "en;ig", "en;ha", "en"],
        fam="Okafor,Adeyemi,Okonkwo,Eze,Balogun,Nwosu,Abubakar,Bello,Adebayo,Olawale",
        m="Chinedu,Emeka,Oluwaseun,Tunde,Obinna,Femi,Kelechi",
        f="Ngozi,Chioma,Adaeze,Funmilayo,Amina,Yetunde,Ifeoma")]),
    "ZA": (2, [dict(
        langs=["en;af", "en;zu", "en"],
        fam="Naidoo,van der Merwe,Botha,Nkosi,Dlamini,Pretorius,Mokoena,du Plessis,Khumalo",
        m="Thabo,Sipho,Pieter,Ruan,Bongani,Kagiso,Francois",
        f="Lerato,Nomsa,Anri,Thandiwe,Karabo,Zanele,Mieke")]),
    "IL": (2, [dict(
        langs=["he;en", "he;en;ru"],
        fam="Cohen,Levi,Mizrahi,Peretz,Friedman,Katz,Azoulay,Shapiro,Ben-David,Goldberg",
        m="Noam,Yosef,Itai,Eitan,Omer,Yonatan,Uri", f="Noa,Tamar,Shira,Yael,Michal,Hila,Talia")]),
    "AR": (2, [dict(
        langs=["es;en", "es;it;en"],
        fam="Romero,Sosa,Benítez,Acosta,Medina,Herrera,Aguirre,Giménez,Ferrari,Domínguez",
        m="Mateo,Juan Martín,Tomás,Facundo,Agustín,Lautaro,Ignacio,Gonzalo",
        f="Martina,Agustina,Florencia,Micaela,Julieta,Milagros,Luciana",
        keep_name=True)]),
    "CO": (2, [dict(
        langs=["es;en", "es"],
        fam="Rojas,Vargas,Castro,Ospina,Restrepo,Gutiérrez,Cárdenas,Zapata,Patiño",
        m="Andrés,Juan Pablo,Sebastián,Camilo,Julián,Esteban,Mauricio",
        f="Natalia,Catalina,Mariana,Juliana,Carolina,Manuela,Ángela",
        keep_name=True)]),
}

# A Chinese name chosen to sound like the resident's name (穆安娜 for Anna
# Müller): surname by the initial of the family name, given name by the
# initial of the given name.
ZH_SURNAME = {
    "A": "安艾", "B": "白包鲍", "C": "柯康曹", "D": "戴杜丁", "E": "艾易", "F": "方费冯", "G": "高葛郭",
    "H": "何韩胡", "I": "易伊", "J": "贾简金", "K": "康柯孔", "L": "林罗陆", "M": "穆马麦", "N": "倪聂宁",
    "O": "欧", "P": "潘彭裴", "Q": "钱", "R": "任饶阮", "S": "施史苏", "T": "唐陶谭", "U": "尤",
    "V": "魏文", "W": "王魏吴", "X": "谢", "Y": "叶杨严", "Z": "詹曾赵",
}
ZH_GIVEN_F = {
    "A": "安娜", "B": "贝拉", "C": "思琳", "D": "黛安", "E": "艾丽", "F": "芙蕾", "G": "嘉莉", "H": "海伦",
    "I": "依琳", "J": "佳琪", "K": "凯琳", "L": "丽娜", "M": "美琳", "N": "妮可", "O": "欧雅", "P": "佩琪",
    "R": "若兰", "S": "思雅", "T": "婷玉", "V": "薇拉", "Y": "雅丽", "Z": "卓依",
}
ZH_GIVEN_M = {
    "A": "安德", "B": "博文", "C": "晨曦", "D": "大卫", "E": "逸凡", "F": "飞力", "G": "国瑞", "H": "浩然",
    "I": "一帆", "J": "杰森", "K": "凯文", "L": "路明", "M": "明凯", "N": "诺安", "O": "奥力", "P": "鹏飞",
    "R": "瑞安", "S": "世杰", "T": "天明", "V": "维克", "W": "文博", "Y": "宇航", "Z": "志远",
}
ZH_FALLBACK_F, ZH_FALLBACK_M = "欣怡", "子涵"

NOTES = [
    "Prefers WeChat contact",
    "Prefers WeChat contact, replies in the evening",
    "Needs wheelchair access",
    "Needs an interpreter (Korean)",
    "Does not read Chinese; send notices in English",
    'Volunteer for the "Green Sunday" clean-up',
    "Interested in the calligraphy course",
    "Asked about the tai chi class on Saturday mornings",
    "Owner, not tenant",
    "Allergic to peanuts (tell the cooking class)",
    "Has a dog; vaccination record checked at the property office",
    "Call after 6 pm only",
    "Works in Suzhou on weekdays",
    "Asked for help with the hospital appointment app",
    "Retired teacher, offers free English conversation sessions",
    "Parking space B2-117",
    "需要中文翻译",
    "Hearing impaired: please use text messages",
    "Key deposited at the management office",
    "Asked how to renew the driving licence",
    "Member of the community choir",
    "Runs the Friday board-game evening",
]
MULTILINE_NOTE = "Spouse travels often.\nCall the resident directly, not the company."
FORMULA_NOTE = "=needs follow-up"
PERMIT_NOTES = ["Permit renewal in progress", "Reminded about the permit renewal"]
MOVED_NOTES = ["Moved back home", "Relocated to Singapore", "Moved to Beijing for work",
               "Moved to another district"]


def child_note(age):
    if age < 6:
        return "Kindergarten pick-up by grandparents"
    if age < 13:
        return "Attends the international school, Grade %d" % (age - 5)
    return "Joins the teenagers' calligraphy class"


PERMIT_PREFIX = {"work": "WK", "study": "ST", "family": "FM", "residence": "RS", "business": "BS",
                 "other": "OT"}
MOBILE_PREFIXES = ("130 131 133 135 136 137 138 139 150 151 152 157 158 159 166 177 180 181 186 "
                   "187 188 189 199").split()
EMAIL_DOMAINS = ["example.com", "example.com", "example.org", "example.net"]
ALNUM = "abcdefghjkmnpqrstuvwxyz23456789"

_FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D",
                       "ł": "l", "Ł": "L", "ı": "i", "œ": "oe", "Œ": "OE"})
_UMLAUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                         "ß": "ss"})


def fold(text):
    """Case-, accent- and spacing-insensitive form, as the likely-duplicate rule uses it."""
    s = unicodedata.normalize("NFKD", text.translate(_FOLD).casefold())
    return "".join(c for c in s if c.isalnum() and not unicodedata.combining(c))


def slug(text, umlaut=False):
    """ASCII lower-case letters and digits, for e-mail and WeChat ids."""
    if umlaut:
        text = text.translate(_UMLAUT)
    s = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


def parse_pool(text):
    """'A:甲,B/C' -> [(latin, latin female form, chinese or None)]."""
    out = []
    for item in text.split(","):
        latin, _, zh = item.partition(":")
        male, _, female = latin.partition("/")
        out.append((male, female or male, zh or None))
    return out


def load_nations():
    nations = {}
    for code, (weight, groups) in NATIONS.items():
        parsed = []
        for g in groups:
            parsed.append(dict(
                weight=g.get("weight", 1), langs=g["langs"], fam=parse_pool(g["fam"]),
                m=parse_pool(g["m"]), f=parse_pool(g["f"]), zh=g.get("zh", 0.0),
                umlaut=g.get("umlaut", False), keep_name=g.get("keep_name", False)))
        nations[code] = (weight, parsed)
    return nations


def weighted(rng, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


def day(lo, hi, rng):
    """A random date in [lo, hi]."""
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def birth_for_age(age, rng):
    """A birth date giving exactly `age` completed years on REF."""
    hi = dt.date(REF.year - age, REF.month, REF.day)
    lo = dt.date(REF.year - age - 1, REF.month, REF.day) + dt.timedelta(days=1)
    return day(lo, hi, rng)


def add_years(d, years):
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


class Builder:
    """Draws households of residents, keeping every uniqueness rule as it goes."""

    def __init__(self, rng):
        self.rng = rng
        self.nations = load_nations()
        self.codes = list(self.nations)
        self.residents = []
        self.households = []
        self.names = {}          # (folded family+given, nationality) -> resident
        self.full_names = []     # (nationality, folded family, folded given) for similarity checks
        self.used = {"phone": set(), "email": set(), "wechat": set(), "passport": set(),
                     "permit": set(), "address": set()}

    # -- names -------------------------------------------------------------
    def nation(self, code=None):
        if code is None:
            code = weighted(self.rng, self.codes, [self.nations[c][0] for c in self.codes])
        groups = self.nations[code][1]
        return code, weighted(self.rng, groups, [g["weight"] for g in groups])

    def name_free(self, nat, family, given):
        ff, fg = fold(family), fold(given)
        if (ff + fg, nat) in self.names:
            return False
        for n2, f2, g2 in self.full_names:  # nor anything a fuzzy matcher would confuse
            if f2 == ff and (n2 == nat or g2 == fg) and jaro_winkler(fg, g2) >= 0.88:
                return False
            if n2 == nat and jaro_winkler(ff + fg, f2 + g2) >= 0.95:
                return False
        return True

    def take_name(self, nat, family, given, person):
        self.names[(fold(family) + fold(given), nat)] = person
        self.full_names.append((nat, fold(family), fold(given)))

    def pick_given(self, group, nat, family, female, avoid=()):
        pool = group["f"] if female else group["m"]
        for _ in range(200):
            g = self.rng.choice(pool)
            if g[0] not in avoid and self.name_free(nat, family, g[0]):
                return g
        raise RuntimeError("name pool exhausted for %s %s" % (nat, family))

    # -- unique identifiers --------------------------------------------------
    def unique(self, kind, make):
        for _ in range(1000):
            v = make()
            if v not in self.used[kind]:
                self.used[kind].add(v)
                return v
        raise RuntimeError("cannot make a unique " + kind)

    def phone(self):
        r = self.rng

        def make():
            prefix = r.choice(MOBILE_PREFIXES)
            return "%s %04d %04d" % (prefix, r.randrange(10000), r.randrange(10000))
        p = self.unique("phone", make)
        return "+86" + p.replace(" ", "") if r.random() < 0.08 else "+86 " + p

    def email(self, given, family, umlaut):
        r = self.rng
        g, f = slug(given, umlaut), slug(family, umlaut)
        if g:
            styles = [g + "." + f, g[0] + "." + f, f + "." + g, g + f,
                      g + "." + f + str(r.randrange(10, 99))]
        else:  # a single name
            styles = [f, f, f, f + str(r.randrange(10, 99))]
        for local in styles[r.randrange(3):] + styles:
            addr = local + "@" + r.choice(EMAIL_DOMAINS)
            if addr not in self.used["email"]:
                self.used["email"].add(addr)
                return addr
        raise RuntimeError("no free e-mail address")

    def wechat(self, given, family, umlaut):
        r = self.rng
        g, f = slug(given, umlaut), slug(family, umlaut)
        g = g or f

        def make():
            x = r.random()
            if x < 0.5:
                return "wxid_%s%02d" % (g[:10], r.randrange(100))
            if x < 0.75:
                return "wxid_" + "".join(r.choice(ALNUM) for _ in range(12))
            return "%s_%s%d" % (g[:8], f[:6], r.randrange(10, 1000))
        return self.unique("wechat", make)  # starts with a letter, 6-20 characters

    def permit_number(self, ptype):
        r = self.rng
        prefix = PERMIT_PREFIX[ptype]
        return self.unique("permit", lambda: "%s%07d" % (prefix, r.randrange(10 ** 7)))

    def passport(self, nat):
        return self.unique("passport", lambda: passport_number(nat, self.rng))

    def address(self, villas):
        r = self.rng

        def make():
            if villas:
                if r.random() < 0.8:
                    return "Villa %d" % r.randint(1, 160)
                return "Villa %d, Lane %d" % (r.randint(1, 60), r.choice([88, 128, 500]))
            b, u, fl, door = r.randint(1, 24), r.randint(1, 4), r.randint(1, 28), r.randint(1, 4)
            x = r.random()
            if x < 0.85:
                return "Building %d, Unit %d, Room %d%02d" % (b, u, fl, door)
            if x < 0.95:
                return "Building %d, Room %d%02d" % (b, fl, door)
            return "Building %d, Unit %d, Room %d%02d (rear entrance)" % (b, u, fl, door)
        return self.unique("address", make)

    # -- people --------------------------------------------------------------
    def person(self, nat, group, family, given_entry, female, gender, birth, **extra):
        given, _, given_zh = given_entry
        fam_latin = family[1] if female else family[0]
        p = dict(
            nationality=nat, group=group, family_name=fam_latin, given_name=given,
            family_zh=family[2], given_zh=given_zh, female=female, gender=gender,
            birth=birth, child=False)
        p.update(extra)
        self.take_name(nat, fam_latin, given, p)
        self.residents.append(p)
        return p


def passport_number(nat, r):
    """A passport number in the shape the issuing country uses (not real numbers)."""
    d = lambda n: "".join(r.choice("0123456789") for _ in range(n))
    up = lambda n, pool="ABCDEFGHJKLMNPRSTUVWXYZ": "".join(r.choice(pool) for _ in range(n))
    de = "CFGHJKLMNPRTVWXYZ0123456789"
    nl = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    shapes = {
        "DE": lambda: r.choice("CFGHJK") + "".join(r.choice(de) for _ in range(8)),
        "AT": lambda: up(1) + d(7), "CH": lambda: "X" + d(7), "FR": lambda: d(2) + up(2) + d(5),
        "US": lambda: r.choice("5AB") + d(8), "GB": lambda: "1" + d(8),
        "JP": lambda: "T" + up(1) + d(7), "KR": lambda: "M" + d(8),
        "IT": lambda: "Y" + up(1) + d(7), "ES": lambda: "PA" + up(1) + d(6),
        "NL": lambda: "N" + up(1) + "".join(r.choice(nl) for _ in range(6)) + d(1),
        "SE": lambda: "9" + d(7), "AU": lambda: "P" + up(1) + d(7), "CA": lambda: up(2) + d(6),
        "BR": lambda: "F" + up(1) + d(6), "MX": lambda: "G" + d(8), "RU": lambda: "7" + d(8),
        "IN": lambda: up(1) + d(7), "SG": lambda: "K" + d(7) + up(1), "MY": lambda: "A" + d(8),
        "TH": lambda: "A" + up(1) + d(7), "VN": lambda: "C" + d(7), "ID": lambda: "X" + d(7),
        "PH": lambda: "P" + d(7) + up(1), "PK": lambda: up(2) + d(7), "EG": lambda: "A" + d(8),
        "NG": lambda: "B" + d(8), "ZA": lambda: "M" + d(8), "TR": lambda: "U" + d(8),
        "PL": lambda: "E" + up(1) + d(7), "BE": lambda: "E" + up(1) + d(6),
        "DK": lambda: "2" + d(8), "FI": lambda: "FP" + d(7), "IE": lambda: "P" + up(1) + d(7),
        "NZ": lambda: "L" + up(1) + d(6), "IL": lambda: "3" + d(7),
        "AR": lambda: "AA" + up(1) + d(6), "CO": lambda: "A" + up(1) + d(6),
    }
    return shapes[nat]()


def jaro_winkler(a, b):
    """Jaro-Winkler similarity (strsim's definition) of two strings."""
    if a == b:
        return 1.0
    la, lb = len(a), len(b)
    if not la or not lb:
        return 0.0
    window = max(max(la, lb) // 2 - 1, 0)
    ma, mb = [False] * la, [False] * lb
    m = 0
    for i, c in enumerate(a):
        for j in range(max(0, i - window), min(lb, i + window + 1)):
            if not mb[j] and b[j] == c:
                ma[i] = mb[j] = True
                m += 1
                break
    if not m:
        return 0.0
    t, k = 0, 0
    for i in range(la):
        if ma[i]:
            while not mb[k]:
                k += 1
            if a[i] != b[k]:
                t += 1
            k += 1
    jaro = (m / la + m / lb + (m - t / 2) / m) / 3
    prefix = 0
    for x, y in zip(a[:4], b[:4]):
        if x != y:
            break
        prefix += 1
    return jaro + prefix * 0.1 * (1 - jaro)


# -- households ------------------------------------------------------------------

def arrival_between(lo, hi, rng, recent=True):
    """Arrivals lean towards recent years, as in a growing expatriate district."""
    lo, hi = max(lo, FIRST_ARRIVAL), min(hi, LAST_ARRIVAL)
    if lo > hi:
        lo = hi
    x = rng.random() ** 0.7 if recent else rng.random()
    return lo + dt.timedelta(days=int(x * (hi - lo).days))


def pick_community(rng, prefer_villas=False):
    weights = [w * (3 if prefer_villas and v else 1) for _, _, _, w, v in COMMUNITIES]
    return weighted(rng, COMMUNITIES, weights)


def adult(b, nat, group, family, female, gender, age, role, arrival=None, permit=None, given=None):
    r = b.rng
    if given is None:
        given = b.pick_given(group, nat, family[1] if female else family[0], female)
    birth = birth_for_age(age, r)
    if arrival is None:
        arrival = arrival_between(add_years(birth, 18), LAST_ARRIVAL, r)
    return b.person(nat, group, family, given, female, gender, birth, role=role,
                    arrival=arrival, permit_type=permit, age=age)


def make_family_household(b, kids, single_parent=False, special=False, baby=False):
    """Two parents (or one) and `kids` children sharing the family name and address."""
    r = b.rng
    if special:  # the Müller family, so `find muller` has something to find
        nat, group = "DE", b.nations["DE"][1][0]
        family = ("Müller", "Müller", None)
    else:
        nat, group = b.nation()
        family = r.choice(group["fam"])
    community = pick_community(r, prefer_villas=True)
    members = []
    age = r.randint(34, 52)
    arrival = arrival_between(dt.date(2015, 1, 1), dt.date(2025, 6, 30), r)
    principal_female = special or r.random() < 0.25
    given = ("Anna", "Anna", None) if special else None
    first = adult(b, nat, group, family, principal_female, "female" if principal_female else "male",
                  age, "principal", arrival, r.choice(["work", "work", "business"]), given)
    if special:
        first["chinese"] = "穆安娜"
    members.append(first)
    if not single_parent:
        spouse_female = not principal_female
        own = group["keep_name"] or (not principal_female and r.random() < 0.2)
        sp_family = r.choice([f for f in group["fam"] if f[0] != family[0]]) if own else family
        if principal_female and own:  # the children carry their father's name
            family = sp_family
        later = dt.timedelta(days=r.choice([0, 0, 0, 14, 45, 120]))
        sp_arrival = min(arrival + later, LAST_ARRIVAL)
        sp_permit = "work" if r.random() < 0.3 else "family"
        members.append(adult(b, nat, group, sp_family, spouse_female,
                             "female" if spouse_female else "male",
                             max(30, age + r.randint(-5, 3)), "spouse", sp_arrival, sp_permit))
    taken = []
    oldest_child = min(17, min(m["age"] for m in members) - 24)  # parents were 24 or older
    for k in range(kids):
        female = r.random() < 0.5
        age = 1 if baby and k == kids - 1 else r.randint(1, oldest_child)
        birth = birth_for_age(age, r)
        while any(abs((birth - c["birth"]).days) < 300 for c in members if c["child"]):
            age = r.randint(1, oldest_child)
            birth = birth_for_age(age, r)
        given = b.pick_given(group, nat, family[1] if female else family[0], female, avoid=taken)
        taken.append(given[0])
        if birth < arrival:
            kid_arrival = arrival
        else:  # born in Shanghai: registered a few weeks after birth
            kid_arrival = min(birth + dt.timedelta(days=r.randint(20, 60)), LAST_ARRIVAL)
        kid = b.person(nat, group, family, given, female, "female" if female else "male", birth,
                       role="child", arrival=kid_arrival, permit_type="family", age=age)
        kid["child"] = True
        members.append(kid)
    return finish_household(b, members, community)


def make_couple(b):
    r = b.rng
    nat, group = b.nation()
    family = r.choice(group["fam"])
    community = pick_community(r)
    age = r.randint(26, 78)
    retired = age >= 62
    arrival = arrival_between(dt.date(2015, 1, 1), LAST_ARRIVAL, r)
    principal_female = r.random() < 0.3
    permit = "residence" if retired and r.random() < 0.7 else r.choice(["work"] * 5 + ["business"])
    first = adult(b, nat, group, family, principal_female, "female" if principal_female else "male",
                  age, "principal", arrival, permit)
    members = [first]
    if r.random() < 0.15:  # a partner of another nationality keeps their own name
        nat2, group2 = b.nation()
        fam2 = r.choice(group2["fam"])
    else:
        nat2, group2 = nat, group
        own = group["keep_name"] or r.random() < 0.25
        fam2 = r.choice([f for f in group["fam"] if f[0] != family[0]]) if own else family
    sp_female = not principal_female if r.random() < 0.95 else principal_female
    if sp_female == principal_female and fam2 is family:
        fam2 = r.choice([f for f in group2["fam"] if f[0] != family[0]])
    sp_age = max(22, min(84, age + r.randint(-6, 4)))
    sp_arrival = min(arrival + dt.timedelta(days=r.choice([0, 0, 0, 30, 90, 200])), LAST_ARRIVAL)
    if permit == "residence":
        sp_permit = "residence"
    else:
        sp_permit = "work" if r.random() < 0.35 else "family"
    members.append(adult(b, nat2, group2, fam2, sp_female, "female" if sp_female else "male",
                         sp_age, "spouse", sp_arrival, sp_permit))
    return finish_household(b, members, community)


def make_single(b, permit, gender=None, nat=None):
    r = b.rng
    nat, group = b.nation(nat)
    family = r.choice(group["fam"])
    community = pick_community(r)
    female = r.random() < 0.48
    if gender is None:
        gender = "female" if female else "male"
    if permit == "study":
        age = r.randint(19, 29)
        arrival = arrival_between(dt.date(2021, 9, 1), LAST_ARRIVAL, r)
    elif permit == "residence":
        age = r.randint(58, 84)
        arrival = None
    elif permit == "none":  # just arrived, permit not issued yet
        age = r.randint(24, 60)
        arrival = arrival_between(dt.date(2026, 9, 1), LAST_ARRIVAL, r, recent=False)
    else:
        age = r.randint(23, 64)
        arrival = None
    p = adult(b, nat, group, family, female, gender, age, "single", arrival, permit)
    if p["arrival"] < add_years(p["birth"], 18):
        p["arrival"] = min(add_years(p["birth"], 18) + dt.timedelta(days=r.randint(0, 200)),
                           LAST_ARRIVAL)
    return finish_household(b, [p], community)


def make_mononym(b, name, female):
    """Many Indonesians have a single name: it goes into family_name, given_name stays empty."""
    r = b.rng
    nat, group = b.nation("ID")
    p = adult(b, nat, group, (name, name, None), female, "female" if female else "male",
              r.randint(28, 55), "single", None, "work", given=("", "", None))
    return finish_household(b, [p], pick_community(r))


def finish_household(b, members, community):
    villas = community[4]
    address = b.address(villas)
    h = dict(members=members, community=community, address=address)
    for p in members:
        p["community"] = community[0]
        p["prefix"] = community[2]
        p["address"] = address
        p["household"] = h
    b.households.append(h)
    return h


# -- filling in the columns ------------------------------------------------------

def pick_exact(rng, pool, n):
    pool = list(pool)
    rng.shuffle(pool)
    if len(pool) < n:
        raise RuntimeError("not enough candidates: %d < %d" % (len(pool), n))
    return pool[:n]


def chosen_chinese_name(p, taken):
    """A Chinese name that sounds like the resident's, different from every one already used."""
    family = p["family_name"]
    if family[:1].islower():  # "van den Berg" is filed under B
        family = family.split()[-1]
    fam, giv = fold(family), fold(p["given_name"])
    surnames = ZH_SURNAME.get(fam[:1].upper(), "安艾")
    table, fallback = (ZH_GIVEN_F, ZH_FALLBACK_F) if p["female"] else (ZH_GIVEN_M, ZH_FALLBACK_M)
    start = (len(fam) + len(giv)) % len(surnames)
    for given in (table.get(giv[:1].upper(), fallback), fallback):
        for i in range(len(surnames)):
            name = surnames[(start + i) % len(surnames)] + given
            if name not in taken:
                return name
    raise RuntimeError("no free Chinese name for %s %s" % (p["family_name"], p["given_name"]))


def build(rng):
    b = Builder(rng)
    # 8 families with 15 children, 25 couples, singles up to 200 residents
    make_family_household(b, 2, special=True)
    for kids, single in [(3, False), (2, False), (2, False), (2, True), (1, False), (2, False)]:
        make_family_household(b, kids, single_parent=single)
    make_family_household(b, 1, baby=True)
    for _ in range(25):
        make_couple(b)
    make_mononym(b, "Suharti", True)
    make_mononym(b, "Haryanto", False)
    permits = ["study"] * 14 + ["business"] * 9 + ["residence"] * 6 + ["other"] * 4 + ["none"] * 3
    permits += ["work"] * (200 - len(b.residents) - len(permits))
    genders = ["other"] * 2 + ["unspecified"] * 3
    genders += [None] * (len(permits) - len(genders))
    nats = list(NATIONS) + [None] * (len(permits) - len(NATIONS))  # every nationality at least once
    rng.shuffle(permits)
    rng.shuffle(genders)
    rng.shuffle(nats)
    for permit, gender, nat in zip(permits, genders, nats):
        make_single(b, permit, gender, nat)
    residents = b.residents
    assert len(residents) == 200, len(residents)
    adults = [p for p in residents if not p["child"]]
    singles = [h["members"][0] for h in b.households if len(h["members"]) == 1]

    # status: about 6 % moved out, whole households at a time
    moved = []
    cands = [h for h in b.households
             if max(p["arrival"] for p in h["members"]) < dt.date(2026, 3, 1)]
    rng.shuffle(cands)
    sizes_wanted = 12
    for h in cands:
        if len(moved) + len(h["members"]) > sizes_wanted or len(h["members"]) > 2:
            continue
        last = max(p["arrival"] for p in h["members"])
        out = day(last + dt.timedelta(days=120), dt.date(2026, 10, 25), rng)
        for p in h["members"]:
            p["moved_out_on"] = out
        moved.extend(h["members"])
        if len(moved) == sizes_wanted:
            break
    for p in residents:
        p["status"] = "moved-out" if "moved_out_on" in p else "active"
        p.setdefault("moved_out_on", None)

    # permit expiry: 10 within 30 days of REF, 5 already expired (active singles only);
    # dependants share the principal's expiry, the rest fall in 2027-2030.
    for p in residents:
        if p["permit_type"] == "none":
            p["permit_expiry"] = None
        elif p["role"] in ("principal", "single") or p["permit_type"] != "family":
            p["permit_expiry"] = day(dt.date(2027, 1, 10), dt.date(2030, 12, 20), rng)
    eligible = [p for p in singles if p["status"] == "active" and p["permit_type"] != "none"]
    expiring = pick_exact(rng, eligible, 10)
    for p in expiring:
        p["permit_expiry"] = day(dt.date(2026, 11, 3), dt.date(2026, 11, 28), rng)
    eligible = [p for p in eligible if p not in expiring and p["arrival"] < dt.date(2026, 3, 1)]
    expired = pick_exact(rng, eligible, 5)
    for p in expired:
        p["permit_expiry"] = day(dt.date(2026, 6, 1), dt.date(2026, 10, 28), rng)
    for h in b.households:
        principal = h["members"][0]
        for p in h["members"][1:]:
            if p["permit_type"] == "family" or p["child"]:
                p["permit_expiry"] = principal["permit_expiry"]
    for p in residents:
        has_permit = p["permit_type"] != "none"
        p["permit_number"] = b.permit_number(p["permit_type"]) if has_permit else None

    # residence registration: normally the day of arrival or the next;
    # 16 missing, 6 predating arrival (an earlier stay), 6 renewed after a move.
    for p in residents:
        p["registered"] = p["arrival"] + dt.timedelta(days=rng.choice([0, 0, 1]))
    pool = list(residents)
    missing = pick_exact(rng, pool, 16)
    for p in missing:
        p["registered"] = None
    pool = [p for p in adults if p["registered"] and p["status"] == "active"
            and p["arrival"] >= dt.date(2017, 1, 1)]
    stale = pick_exact(rng, pool, 6)
    for p in stale:
        p["registered"] = p["arrival"] - dt.timedelta(days=rng.randint(200, 1400))
    pool = [p for p in adults if p["registered"] and p not in stale
            and p["arrival"] < dt.date(2025, 6, 1)]
    for p in pick_exact(rng, pool, 6):
        end = (p["moved_out_on"] or dt.date(2026, 10, 20)) - dt.timedelta(days=10)
        p["registered"] = day(p["arrival"] + dt.timedelta(days=60), end, rng)

    # names in Chinese: kanji/hanja/Hán-Việt where the name has them, else a chosen name;
    # exactly 60 (30 %) in all.
    with_zh = [p for p in residents if p.get("chinese")]
    for p in residents:
        if p.get("chinese") or not (p["family_zh"] and p["given_zh"]):
            continue
        if rng.random() < p["group"]["zh"]:
            p["chinese"] = p["family_zh"] + p["given_zh"]
            with_zh.append(p)
    rest = [p for p in adults if not p.get("chinese") and not (p["family_zh"] and p["given_zh"])]
    taken = {p["chinese"] for p in with_zh}
    for p in pick_exact(rng, rest, 60 - len(with_zh)):
        p["chinese"] = chosen_chinese_name(p, taken)
        taken.add(p["chinese"])
        p["learns_zh"] = True

    # languages
    for p in residents:
        langs = rng.choice(p["group"]["langs"]).split(";")
        if p["child"]:
            for extra in ("en", "zh"):
                if extra not in langs and rng.random() < 0.7:
                    langs.append(extra)
        elif "zh" not in langs and (p.get("learns_zh") or rng.random() < 0.2):
            langs.append("zh")
        p["languages"] = ";".join(langs)
    for p in pick_exact(rng, [p for p in adults if not p.get("learns_zh")], 4):
        p["languages"] = ""

    # contact details
    for p in residents:
        um = p["group"]["umlaut"]
        p["phone"] = None if p["child"] else b.phone()
        p["email"] = None if p["child"] else b.email(p["given_name"], p["family_name"], um)
        p["wechat"] = None
        p["passport"] = b.passport(p["nationality"])
    for p in pick_exact(rng, adults, 5):
        p["phone"] = None
    for p in pick_exact(rng, adults, 100):
        p["wechat"] = b.wechat(p["given_name"], p["family_name"], p["group"]["umlaut"])
    for p in pick_exact(rng, adults, 6):
        b.used["passport"].discard(p["passport"])
        p["passport"] = None
    for p in pick_exact(rng, adults, 10):
        p["birth_unknown"] = True

    # consent: 140 yes to contact, 80 yes to sharing (all of them also contactable)
    order = list(residents)
    rng.shuffle(order)
    for i, p in enumerate(order):
        p["consent_contact"] = "yes" if i < 140 else "no"
        p["consent_share"] = "yes" if i < 80 else "no"

    # notes: 30 residents (15 %)
    notes = {}
    for p in expired[:2]:
        notes[id(p)] = PERMIT_NOTES[0]
    notes[id(expiring[0])] = PERMIT_NOTES[1]
    moved_principals = [p for p in moved if p["role"] != "spouse"]
    for i, p in enumerate(moved_principals[:3]):
        notes[id(p)] = MOVED_NOTES[i % len(MOVED_NOTES)]
    kids = [p for p in residents if p["child"]]
    for p in pick_exact(rng, kids, 2):
        notes[id(p)] = child_note(p["age"])
    free = [p for p in adults if id(p) not in notes and p["status"] == "active"]
    chosen = pick_exact(rng, free, 30 - len(notes))
    notes[id(chosen[0])] = MULTILINE_NOTE
    notes[id(chosen[1])] = FORMULA_NOTE
    texts = list(NOTES)
    rng.shuffle(texts)
    for p in chosen[2:]:
        for i, text in enumerate(texts):  # no WeChat or phone advice for those without one
            needs_wechat = "WeChat" in text
            needs_phone = "Call" in text or "text messages" in text
            if (needs_wechat and not p["wechat"]) or (needs_phone and not p["phone"]):
                continue
            notes[id(p)] = texts.pop(i)
            break
        else:
            raise RuntimeError("not enough note texts")
    for p in residents:
        p["notes"] = notes.get(id(p))

    # external ids: community prefix, arrival year, number per community; 10 left empty
    for prefix in [c[2] for c in COMMUNITIES]:
        members = sorted((p for p in residents if p["prefix"] == prefix),
                         key=lambda p: (p["arrival"], p["family_name"], p["given_name"]))
        for n, p in enumerate(members, 1):
            p["external_id"] = "%s-%d-%04d" % (prefix, p["arrival"].year, n)
    for p in pick_exact(rng, residents, 10):
        p["external_id"] = None

    # rows in the order a front desk would have typed them in: household by household,
    # households in a shuffled order
    households = list(b.households)
    rng.shuffle(households)
    return [p for h in households for p in h["members"]]


def iso(d):
    return d.isoformat() if d else ""


def row(p):
    return [
        p["external_id"] or "", p["family_name"], p["given_name"], p.get("chinese") or "",
        p["nationality"], p["gender"], "" if p.get("birth_unknown") else iso(p["birth"]),
        p["phone"] or "", p["email"] or "", p["wechat"] or "", p["community"], p["address"],
        p["languages"], iso(p["arrival"]), iso(p["registered"]), p["permit_type"],
        p["permit_number"] or "", iso(p["permit_expiry"]), p["passport"] or "",
        p["consent_contact"], p["consent_share"], p["status"], iso(p["moved_out_on"]),
        p["notes"] or "",
    ]


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join(here, "..", "data", "demo"),
                    help="output directory (default: data/demo)")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(SEED)
    residents = build(rng)
    write_csv(os.path.join(args.out, "communities.csv"), ["name", "name_zh"],
              [[c[0], c[1]] for c in COMMUNITIES])
    write_csv(os.path.join(args.out, "residents.csv"), RESIDENT_HEADER, [row(p) for p in residents])
    print("wrote %d communities and %d residents to %s"
          % (len(COMMUNITIES), len(residents), os.path.normpath(args.out)))


if __name__ == "__main__":
    main()
