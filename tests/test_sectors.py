"""Sectors of cooperation (belcoop/parse/sectors.py), one rule at a time, on sentences written for these tests."""

from __future__ import annotations

from belcoop.parse.sectors import find_sectors


def sectors(*sentences: str) -> set[str]:
    return set(find_sectors(list(sentences)))


# ---------------------------------------------------------------- keywords

def test_keywords_prefixes_gaps_and_cased_words() -> None:
    assert sectors("The sides discussed agricultural cooperation.") == {"agriculture"}
    assert sectors("Joint assembly plants will make tractors in Andijan.") == {"investment", "machine_building"}
    assert sectors("Minsk offered cooperation in IT.") == {"science_technology"}
    assert sectors("It will be ready in June.") == set()
    assert sectors("The fair runs until 12 May.") == set()


def test_light_industry_and_the_mining_industry_are_industry() -> None:
    assert sectors("They agreed to cooperate in light industry.") == {"industry"}
    assert sectors("Belarus is ready to work with the region in the mining industry.") == {"industry"}


def test_concrete_is_a_material_only_as_a_noun() -> None:
    assert sectors("They discussed concrete steps to expand ties.") == set()
    assert sectors("The plant will supply cement and concrete.") == {"construction"}


# ---------------------------------------------------------------- names of bodies, roles, companies, venues

def test_names_of_bodies_say_who_not_what() -> None:
    assert sectors("The talks were attended by the Agriculture and Food Minister.") == set()
    assert sectors("Minister of Industry and Trade Oleg Petrov opened the forum.") == set()
    assert sectors("BelTA learned this from the chamber of commerce and industry of Grodno.") == set()
    assert sectors("Goods made by the Industry Ministry-affiliated companies were shown.") == set()
    assert sectors("The deal was signed with Hunan Construction Co., Ltd.") == set()
    assert sectors("Bellegprom chairman Ivan Petrov was also present.") == set()


def test_a_body_being_set_up_or_signing_keeps_its_field() -> None:
    assert sectors("The countries agreed to establish a joint committee on investment.") == {"investment"}
    assert sectors("The Scientific Research Institute and the Omsk centre signed a cooperation agreement.") == {
        "science_technology"}


def test_a_school_names_education_whatever_its_field() -> None:
    assert sectors("Students from Kazan will study at the Gomel State Transport University.") == {"education"}


def test_venues_name_no_sector() -> None:
    assert sectors("The meeting took place in the Palace of Culture in Orsha.") == set()
    assert sectors("The fair opened at the Minsk Arena sports complex.") == set()
    assert sectors("The working group met at the Belarusian National Technical University.") == set()
    assert sectors("Belarus will help renew machinery in the agro-industrial complex.") == {"agriculture", "machine_building"}


# ---------------------------------------------------------------- what a word modifies

def test_what_machines_are_for_is_machine_building() -> None:
    assert sectors("Belarus supplies agricultural and forestry vehicles to the region.") == {"machine_building"}
    assert sectors("They discussed transport equipment and road machinery.") == {"machine_building"}
    assert sectors("Supplies of municipal, road construction and utility machinery will grow.") == {"machine_building"}
    assert sectors("The region buys medical equipment from Belarus.") == {"healthcare"}
    assert sectors("The region buys sugar, tractors and cheese.") == {"food", "machine_building"}
    assert sectors("Our trade in agricultural and engineering products is growing.") == {"agriculture", "machine_building"}


def test_industry_after_another_sectors_word_is_that_sector() -> None:
    assert sectors("The sides discussed the dairy industry.") == {"food"}
    assert sectors("Cooperation in the oil and gas industry was discussed.") == {"energy"}


# ---------------------------------------------------------------- descriptions, lists of who took part

def test_a_place_described_is_no_cooperation() -> None:
    assert sectors("Kursk is an important industrial hub.") == set()
    assert sectors("The city is the largest industrial, cultural and tourist centre of the region.") == set()
    assert sectors("They agreed to build a logistics hub near Brest.") == {"transport", "construction"}


def test_a_clause_that_only_describes_an_economy() -> None:
    assert sectors("It is one of the leading provinces in agriculture and industry.") == set()
    assert sectors("We produce 20% of the industrial output of the country.") == set()
    assert sectors("We have labour resources, gas and electricity, land.") == set()
    assert sectors("We have much to learn from each other in agriculture.") == {"agriculture"}
    assert sectors("Belarus is one of the largest suppliers of dairy products to the region.") == {"food"}


def test_who_took_part_is_not_what_was_discussed() -> None:
    assert sectors("Among the participants of the meeting were Belneftekhim and Bellesbumprom.") == set()
    assert sectors("The participants of the talks decided to organise Days of Culture in Tver.") == {"culture"}


def test_metaphors_and_greetings() -> None:
    assert sectors("The visit gave new energy to our relations.") == set()
    assert sectors("He wished the governor good health and success.") == set()
    assert sectors("The minister wished the people health, happiness and progress.") == set()
    assert sectors("The governor praised the culture of mutual trust between the businesses.") == set()
    assert sectors("He thanked the hosts for their warm hospitality.") == set()
    assert sectors("They discussed cooperation in tourism and hospitality.") == {"tourism"}


# ---------------------------------------------------------------- building

def test_building_something_is_construction() -> None:
    assert sectors("The project is to build a new hospital in Osh.") == {"construction", "healthcare"}
    assert sectors("Many families live in homes built with Belarusian support.") == {"construction"}
    assert sectors("The two countries built strong ties of friendship.") == set()
    assert sectors("They want to build trust.") == set()


def test_more_keywords_of_tourism_healthcare_transport_agriculture_and_energy() -> None:
    assert "tourism" in sectors("The regions will exchange tourist groups next summer.")
    assert "healthcare" in sectors("The sides discussed the training of doctors and nurses.")
    assert "transport" in sectors("A direct air link between the capitals will open in May.")
    assert "agriculture" in sectors("Cooperation in fisheries and aquaculture was discussed.")
    assert "energy" in sectors("Belarusian companies will take part in building a hydropower plant.")


def test_more_words_of_medicine() -> None:
    assert sectors("Visiting professors will hold master classes for surgeons of the regional hospital.") == {"healthcare"}
    assert sectors("The two institutes will cooperate in biomedicine.") == {"healthcare"}
    assert sectors("Belarus will supply ambulances to the region.") == {"healthcare"}


def test_we_have_and_an_irregular_participle_is_done_not_had() -> None:
    assert sectors("We have built close ties in agriculture and education.") == {"agriculture", "education"}
    assert sectors("We have made progress in industry.") == {"industry"}
    assert sectors("We have land, gas and electricity.") == set()  # what a region has


def test_shipping_fishing_rolling_stock_and_drinks() -> None:
    assert sectors("The sides talked about river shipping on the Volga.") == {"transport"}
    assert sectors("The road was blocked with shipping containers.") == set()  # no shipping of anything
    assert sectors("Kamchatka invited Belarus to cooperate in the fishing industry.") == {"food"}
    assert sectors("The plant will assemble railway cars for Egypt.") == {"machine_building"}
    assert sectors("The new railway line opened in May.") == {"transport"}
    assert sectors("Belarus will import Armenian cognac and wines.") == {"food"}
    assert sectors("The minister held talks in Port Harcourt.") == set()  # a city's name, not a port


# ---------------------------------------------------------------- hyphenated compounds, vocabulary of round 26

def test_a_hyphenated_compound_reads_as_its_spaced_form() -> None:
    assert sectors("Pskov wants to adopt Mogilev cheese-making and milk-processing know-how.") == {"food"}
    assert sectors("The sides toured the Orsha meat-packing plant.") == {"food"}
    assert sectors("Kostroma is keen on Belarusian wood-processing expertise.") == {"forestry"}
    assert sectors("The region orders dairy-processing equipment from Minsk.") == {"food", "machine_building"}
    assert sectors("Supplies of wood-based panels to Tver went up.") == {"forestry"}
    assert sectors("They discussed the fuel-energy sector.") == {"energy"}


def test_a_compound_whose_parts_open_no_keyword_or_that_negates_stays_whole() -> None:
    assert sectors("A joint-stock company was registered in Ufa.") == set()
    assert sectors("Non-oil exports to Oman grew.") == set()
    assert sectors("The plants use state-of-the-art lines.") == set()
    assert sectors("Officials of Ministry-affiliated bodies met.") == set()


def test_tours_of_tourism_and_not_of_a_delegation() -> None:
    assert sectors("Mogilev and Bryansk will arrange joint tours for families.") == {"tourism"}
    assert sectors("The oblasts plan bus tours along the Dnieper.") == {"tourism"}
    assert sectors("Schools will send pupils on sightseeing trips to Polotsk.") == {"tourism"}
    assert sectors("The governor ended his tour of the region in Lida.") == set()


def test_joint_and_its_noun_with_nothing_between_but_modifiers() -> None:
    assert sectors("Guests came to a joint stand of Vitebsk enterprises.") == set()
    assert sectors("Minsk and Perm hold joint fairs with the enterprises of both sides.") == set()
    assert sectors("They opened a joint Belarusian-Uzbek enterprise.") == {"investment"}
    assert sectors("A joint dairy processing enterprise started work.") == {"food", "investment"}


def test_infrastructure_of_another_sector_is_not_construction() -> None:
    assert sectors("Vitebsk shippers will use the port infrastructure of Ust-Luga.") == {"transport"}
    assert sectors("Belarusian cargo goes through the logistics infrastructure of Murmansk.") == {"transport"}
    assert sectors("The sides agreed to develop the transport infrastructure of the border area.") == {
        "construction", "transport"}
    assert sectors("Cooperation covers trade, infrastructure and tourism.") == {"construction", "tourism"}


def test_building_as_a_gerund_with_an_object_is_construction() -> None:
    assert sectors("Minsk will pass on its skills in building dairy complexes.") == {"agriculture", "construction"}
    assert sectors("Belarus has much experience in building housing for young families.") == {"construction"}
    assert sectors("The two cities focus on capacity building and exchanges of officials.") == set()
    assert sectors("They stressed the importance of building ties and trust.") == set()
    assert sectors("The leaders spoke about building the Union State.") == set()
    assert sectors("The building houses a small school.") == {"education"}


def test_products_of_round_26() -> None:
    assert sectors("Hebei sells auto parts and car components to Belarus.") == {"machine_building"}
    assert sectors("Belarus wants to ship pork, chicken and poultry meat to Vietnam.") == {"food"}
    assert sectors("Sri Lanka hopes to sell more tea to Belarus.") == {"food"}
    assert sectors("Grodno sends compound feed and mixed fodder to Kaliningrad.") == {"agriculture"}
    assert sectors("Firms here work in the processing of fruits and vegetables.") == {"food"}
    assert sectors("Eight companies with Belarusian participation work in the province.") == {"investment"}
    assert sectors("The forum was held with the participation of Belarusian companies.") == set()


def test_a_joint_enterprise_is_investment_whatever_machines_it_makes() -> None:
    assert sectors("The oblasts will set up a joint tractor assembly enterprise in Orsk.") == {
        "investment", "machine_building"}
    assert sectors("A joint truck production facility opened in Vitebsk.") == {"investment", "machine_building"}
    # what the machines are for is still no sector of its own
    assert sectors("Belarus supplies agricultural vehicles to a joint enterprise.") == {"investment", "machine_building"}
    assert sectors("Belarus supplies agricultural vehicles to the region.") == {"machine_building"}



def test_mechanical_and_electrical_products_are_machine_building() -> None:
    assert sectors("Mechanical and electrical products made up half of Jiangsu's sales to Minsk.") == {"machine_building"}
    assert sectors("Henan ships electromechanical goods to Belarus.") == {"machine_building"}
    assert sectors("Henan ships electrical equipment to Belarus.") == {"industry"}


def test_urban_passenger_transport_is_transport_and_its_vehicles_machine_building() -> None:
    assert sectors("Minsk firms may help renew the bus fleet of Kazan.") == {"machine_building", "transport"}
    assert sectors("Omsk wants Belarusian help to extend its tram network.") == {"transport"}
    assert sectors("The sides talked about building a metro in the city.") == {"construction", "transport"}
    assert sectors("Belkommunmash will ship metro cars to Baku.") == {"machine_building"}
    # the vehicles as goods are machine building only; a metro named in a place is no transport
    assert sectors("Belarus will sell 40 trolleybuses and trams to Tula.") == {"machine_building"}
    assert sectors("The delegation then flew to Metro Manila.") == set()


def test_tourist_trips_are_tourism_but_business_and_tourist_trips_are_travel() -> None:
    assert sectors("Pskov offered tourist trips to Polotsk for pensioners.") == {"tourism"}
    assert sectors("New tourist destinations in Grodno were presented.") == {"tourism"}
    assert sectors("The train is popular for business and tourist trips between the capitals.") == set()
    assert sectors("The governor visited a school.") == {"education"}


def test_glass_porcelain_and_ceramic_goods_are_industry() -> None:
    assert sectors("Gomel will show glassware and faience at the fair in Tianjin.") == {"industry"}
    assert sectors("Buyers from Almaty ordered Dobrush porcelain and ceramic tiles.") == {"industry"}
    assert sectors("Neman sells crystal and vases in Riga.") == {"industry"}
    assert sectors("The goal of the visit was crystal clear.") == set()


def test_builders_of_machines_aircraft_and_ships_are_machine_building_not_construction() -> None:
    assert sectors("Tractor builders of Kurgan and Minsk will meet in May.") == {"machine_building"}
    assert sectors("The republic's machine builders and shipbuilders came to Gomel.") == {"machine_building"}
    assert sectors("Kazan aircraft builders want Belarusian partners.") == {"machine_building"}
    # builders alone, and road builders, stay construction
    assert sectors("Belarusian road builders will repair the highway to Pskov.") == {"construction"}
    assert sectors("Belarusian builders will work in the region.") == {"construction"}


def test_fuels_are_energy_but_a_machines_fuel_and_its_fuel_parts_are_not() -> None:
    assert sectors("Smolensk Oblast sells diesel fuel and bitumen to Belarus.") == {"energy"}
    assert sectors("Mogilev buys fuels and lubricants from the region.") == {"energy"}
    assert sectors("The region ships fuel, sawn timber and potash.") == {"energy", "forestry", "chemicals"}
    assert sectors("Gomel will supply 40 buses powered by compressed natural gas.") == {"machine_building"}
    assert sectors("The plant makes fuel pumps for tractors.") == {"machine_building"}
    assert sectors("Lower taxes will fuel demand for Belarusian furniture.") == {"industry"}


def test_the_verb_of_training_people_is_education() -> None:
    assert sectors("Minsk is ready to train IT specialists for Kazan.") == {"education", "science_technology"}
    assert sectors("Gomel trains personnel for the region's dairy farms.") == {"education", "agriculture"}
    assert sectors("Belarus can train highly qualified engineers for Tajikistan.") == {"education"}
    assert sectors("The teams will train together in Minsk before the match.") == set()
    assert sectors("The train from Minsk reached Brest on time.") == set()


def test_a_citys_fleet_of_buses_is_transport_too() -> None:
    assert sectors("Omsk wants Belarusian trolleybuses for its municipal fleet.") == {"machine_building", "transport"}
    assert sectors("Kazan will renew its fleet of city buses with MAZ.") == {"machine_building", "transport"}
    # a fleet of other machines, or a fishing fleet, is no passenger transport
    assert sectors("Bashkortostan is renewing its fleet of combine harvesters.") == {"machine_building"}
    assert sectors("Murmansk will modernise its fleet of dump trucks.") == {"machine_building"}


def test_new_energy_is_energy_as_a_field_of_cooperation_not_as_momentum_or_a_vehicle() -> None:
    assert sectors("Jiangsu wants to cooperate with Belarus in new energy.") == {"energy"}
    assert sectors("The sides will develop the new energy industry together.") == {"energy"}
    assert sectors("Hubei and Gomel will deepen ties in agriculture, new energy and tourism.") == {
        "agriculture", "energy", "tourism"}
    # a boost to relations, and vehicles, are no energy
    assert sectors("The visit gave new energy to the ties between the regions.") == set()
    assert sectors("The forum brought fresh ideas and new energy to agriculture.") == {"agriculture"}
    assert sectors("The sides agreed to assemble new energy vehicles in Minsk.") == {"machine_building"}


def test_grains_synthetic_fibres_and_electronic_information() -> None:
    from belcoop.parse.sectors import find_sectors

    assert find_sectors(["The region exports wheat and oilseeds to Belarus."]) == ["agriculture"]
    assert find_sectors(["Belarus supplies polyester fibres to the province."]) == ["chemicals"]
    assert find_sectors(["Cooperation in electronic information is promising."]) == ["science_technology"]


def test_training_and_study_at_an_institution_are_education() -> None:
    from belcoop.parse.sectors import find_sectors

    assert find_sectors(["Mechanics will be trained at the Belarusian State University."]) == ["education"]


def test_ministries_party_to_a_signed_document_keep_their_field() -> None:
    from belcoop.parse.sectors import find_sectors

    assert find_sectors(["A memorandum between the Education Ministry of Belarus and the Ministry of Education of Zimbabwe "
                         "was signed."]) == ["education"]
    assert find_sectors(["Minister of Education Andrei Ivaniec met the delegation."]) == []


def test_manufacturing_of_machines_is_machine_building_only() -> None:
    from belcoop.parse.sectors import find_sectors

    assert find_sectors(["The sides will deepen cooperation in tractor manufacturing."]) == ["machine_building"]
    assert find_sectors(["The sides will deepen cooperation in manufacturing."]) == ["industry"]


def test_the_power_grid_is_energy() -> None:
    from belcoop.parse.sectors import find_sectors

    assert find_sectors(["The sides discussed power transmission lines and substations."]) == ["energy"]
    assert find_sectors(["Transmission lines of communication."]) == []


def test_municipal_services_are_housing_and_utilities() -> None:
    from belcoop.parse.sectors import find_sectors

    assert "housing_utilities" in find_sectors(["MAZ will supply trucks for the municipal services of St Petersburg."])


def test_a_secretarys_portfolio_names_no_sector() -> None:
    from belcoop.parse.sectors import find_sectors

    assert find_sectors(["Trade and Industry Cabinet Secretary Juan Perez met the Ambassador of Belarus."]) == []


# ---------------------------------------------------------------- names of commissions, concerns and posts

def test_a_commissions_or_concerns_name_names_no_sector() -> None:
    assert sectors("The Belarusian-Omani Intergovernmental Commission on Trade, Economic, Scientific and Technical "
                   "Cooperation met in Muscat.") == set()
    assert sectors("The joint commission on trade, economic, scientific, technical and cultural cooperation will meet "
                   "in spring.") == set()
    assert sectors("The head of the Budget and Finance Commission of the parliament spoke.") == set()
    assert sectors("The minister visited the State Concern for Oil and Chemistry.") == {"chemicals"}  # Belneftekhim
    assert sectors("Officials received a delegation of the Belarusian State Concern for Food Industry.") == {"food"}
    # not: a commission being set up, nor what a commission discusses, nor "concern" as a word
    assert sectors("The regions agreed to set up a joint commission on investment.") == {"investment"}
    assert sectors("The commission discussed supplies of trucks and cooperation in science.") == {
        "machine_building", "science_technology"}
    assert sectors("Partners expressed concern for the oil market.") == {"energy"}


def test_a_posts_portfolio_names_no_sector() -> None:
    assert sectors("The talks were led by Deputy Khokim of the region for investment and foreign trade Rustam "
                   "Aliev.") == set()
    assert sectors("Vice Governor of the Omsk Region for Economy and Investment Pavel Sidorov arrived.") == set()
    # not: a post calling for something
    assert sectors("The governor called for investment in dairy farms.") == {"agriculture", "investment"}


def test_a_school_signing_is_education_whatever_its_name() -> None:
    assert sectors("A memorandum between Grodno State University of Food Technologies and Namangan Polytechnic "
                   "Institute was signed.") == {"education"}
    assert sectors("Polotsk State University and Dalian University of Technology signed a cooperation agreement.") == {
        "education"}
    # not: a research institute signing keeps its field
    assert sectors("The Institute of Genetics and the Tomsk centre signed an agreement on biotechnology.") == {
        "science_technology"}


def test_an_agricultural_holding_is_a_buyer_not_farming() -> None:
    assert sectors("Grodno Azot and a Smolensk agricultural holding signed a contract for nitrogen fertilisers.") == {
        "chemicals"}
    assert sectors("The agro-industrial holding will buy potash.") == {"chemicals"}
    # not: farming itself
    assert sectors("The holding is interested in Belarusian experience in agriculture.") == {"agriculture"}


def test_a_fat_and_oil_plant_is_food() -> None:
    assert sectors("Products of the Brest fat-and-oil plant were on show.") == {"food"}
    assert sectors("The oil and fat industry of the region is growing.") == {"food"}
    # not: oil itself
    assert sectors("The sides discussed supplies of oil and gas.") == {"energy"}


# ---------------------------------------------------------------- background remarks

def test_a_document_said_only_to_stand_gives_no_sectors() -> None:
    assert sectors("An agreement on trade, economic, scientific, technical and cultural cooperation between Gomel and "
                   "Bryansk has been in force since 2012.") == set()
    assert sectors("The memorandum on tourism remains in force, and the sides discussed supplies of trucks.") == {
        "machine_building"}
    # not: a document signed or coming into force
    assert sectors("The sides signed an agreement on cultural cooperation.") == {"culture"}
    assert sectors("The agreement on cooperation in tourism will come into force next year.") == {"tourism"}


def test_goods_whose_price_changes_give_no_sector() -> None:
    assert sectors("The fall is temporary and is linked to lower prices for petroleum products.") == set()
    assert sectors("Exports fell because of lower potash prices.") == set()
    assert sectors("Turnover shrank after a drop in world oil prices.") == set()
    assert sectors("Trade fell due to a decline in prices of fertilisers and a rise in supplies of tractors.") == {
        "machine_building"}
    # not: goods traded at a price, nor prices agreed
    assert sectors("Belarus supplies oil products at competitive prices.") == {"energy"}
    assert sectors("The sides agreed on prices for gas.") == {"energy"}


# ---------------------------------------------------------------- vocabulary

def test_fruit_as_goods_is_agriculture() -> None:
    assert sectors("Morocco supplies citrus fruit to Belarus.") == {"agriculture"}
    assert sectors("Imports are mostly oranges and tangerines.") == {"agriculture"}
    # not: fruit as a metaphor
    assert sectors("The talks bore fruit.") == set()


def test_tourist_programmes_are_tourism() -> None:
    assert sectors("The sides discussed joint tourist programmes for schoolchildren.") == {"tourism"}
    # not: business and tourist trips
    assert sectors("Visas for business and tourist trips were discussed.") == set()


def test_wooden_houses_are_construction() -> None:
    assert sectors("Woodworkers from Borisov will supply wooden houses to Yakutia.") == {"construction"}
    assert sectors("The region buys furniture and timber houses.") == {"industry", "construction", "forestry"}
    # not: the houses of a parliament
    assert sectors("Both houses of parliament approved the treaty.") == set()


def test_archives_are_culture() -> None:
    assert sectors("The ministries signed a memorandum on cooperation in the field of archives.") == {"culture"}
    # not: a photo from an agency's archive
    assert sectors("Photo from the BelTA archive.") == set()


def test_vehicles_on_a_citys_routes_are_its_public_transport() -> None:
    assert sectors("MAZ buses and Belkommunmash trolleybuses already operate on Bishkek routes.") == {
        "machine_building", "transport"}
    assert sectors("Twenty new buses will run on city routes.") == {"machine_building", "transport"}
    # not: buses as goods, nor what they run on
    assert sectors("The sides agreed on the supply of 30 trolleybuses.") == {"machine_building"}
    assert sectors("Buses running on gas were shown.") == {"machine_building"}


def test_a_machine_named_for_what_it_handles_is_machine_building() -> None:
    assert sectors("Gomselmash will start making fertilizer spreaders in Termez.") == {"machine_building"}
    assert sectors("The region will buy milk tankers and fertiliser spreaders from Belarus.") == {"machine_building"}
    assert sectors("MAZ fuel tankers are in demand in the republic.") == {"machine_building"}
    assert sectors("The plant will make timber trailers and grain loaders.") == {"machine_building"}
    assert sectors("Mogilevliftmash is ready to supply passenger lifts and freight elevators to Osh.") == {
        "machine_building"}
    # not: the product itself, nor tankers with no product named (ships, perhaps), nor passenger vehicles
    assert sectors("Belarus sells milk and fertilisers to the region.") == {"food", "chemicals"}
    assert sectors("Fuel is carried by tankers.") == {"energy"}
    assert sectors("Insurers raised premiums for tankers.") == set()
    assert sectors("The city will buy passenger buses from MAZ.") == {"machine_building", "transport"}


def test_an_industrial_park_is_investment_not_industry() -> None:
    assert sectors("Belarus invited Hunan companies to the China-Belarus Industrial Park.") == {"investment"}
    assert sectors("The two cities plan a joint industrial park near Wuhan.") == {"investment"}
    # not: industry named beside the park
    assert sectors("They discussed industrial cooperation and the Great Stone park.") == {"industry", "investment"}
    assert sectors("Residents of the industrial park make furniture.") == {"industry", "investment"}


def test_the_names_of_plants_visited_give_no_sector() -> None:
    assert sectors("The guests visited the Aktobe Chromium Compounds Plant and the Temirtau Steel plant.") == set()
    assert sectors("The delegation toured the Gomel Glass Factory and discussed supplies of tractors.") == {
        "machine_building"}
    # not: a plant described in lower case, names of the data, a plant not visited, nor what was discussed there
    assert sectors("The governor visited the cheese factory and the Grodno Azot chemical company.") == {
        "food", "chemicals"}
    assert sectors("The Mogilev Chemical Fibre Plant will supply yarn to Andijan.") == {"chemicals"}
    assert sectors("The delegation visited the Minsk Automobile Plant.") == {"machine_building"}


def test_flax_seed_and_flax_growing_are_agriculture() -> None:
    assert sectors("Kostanay ships flax seed and barley to Belarus.") == {"agriculture"}
    assert sectors("Farmers of the oblast want to learn from Belarus in flax growing.") == {"agriculture"}
    # not: flax as fibre and fabric
    assert sectors("Orsha supplies flax fabrics to the region.") == {"industry"}


def test_sports_goods_are_goods_not_sport() -> None:
    assert "culture" not in find_sectors(["Belarus exports tyres, furniture and sports goods to Malaysia."])
    assert "culture" not in find_sectors(["Belarus supplies sporting goods and sports equipment to Laos."])
    assert "culture" in find_sectors(["The sides agreed on sports and youth exchanges."])


# ---------------------------------------------------------------- round 37

def test_places_described_in_the_plural_are_no_sector() -> None:
    assert sectors("Gomel is one of the leading industrial centres of the country.") == set()
    assert sectors("Both regions are major agricultural and industrial centres.") == set()
    assert sectors("Minsk and Kazan are large industrial hubs.") == set()
    # not: what the places are for, nor a noun in "-ing" after a determiner alone
    assert sectors("The sides will open joint logistics centres.") == {"transport"}
    assert sectors("Belarus will equip the training centres in Osh.") == {"education"}
    assert sectors("The companies will set up research centres in Kazan.") == {"science_technology"}


def test_a_body_is_no_party_to_a_document_still_to_be_signed() -> None:
    assert sectors("The Belarusian Industry Ministry will hold a business mission in Omsk, where a roadmap is expected "
                   "to be signed.") == set()
    assert sectors("The Agriculture Ministry and the regional government will meet, and a plan is to be signed.") == set()
    # not: one that signed
    assert sectors("The Agriculture Ministry of Belarus and the Omsk government signed a plan of cooperation.") == {
        "agriculture"}
    assert sectors("The Scientific Research Institute and the Omsk centre have signed an agreement.") == {
        "science_technology"}


def test_infrastructure_described_as_developed_is_no_construction() -> None:
    assert sectors("Liaoning is a province with a developed port infrastructure.") == {"transport"}
    assert sectors("The region offers a developed logistics infrastructure to exporters.") == {"transport"}
    # not: infrastructure being developed
    assert sectors("Belarus will help develop the port infrastructure of Murmansk.") == {"construction", "transport"}
    assert sectors("The region has developed transport infrastructure in recent years.") == {"construction", "transport"}


def test_the_technology_of_a_sector_is_that_sector() -> None:
    assert sectors("Our experience in cotton-growing technology can be useful to the region.") == {"agriculture"}
    assert sectors("They discussed oil refining technology.") == {"energy"}
    assert sectors("Belarus will share milk processing technology with Osh.") == {"food"}
    assert sectors("The two ministers signed a memorandum on agricultural technology.") == {"agriculture"}
    # not: technology in a list of sectors, nor after a word of science
    assert sectors("They agreed on cooperation in agriculture and technology.") == {"agriculture", "science_technology"}
    assert sectors("The sides talked about IT technology.") == {"science_technology"}


def test_a_department_of_ideological_work_and_youth_affairs_is_a_name() -> None:
    assert sectors("The main department of ideological work and youth affairs of the executive committee said so.") == set()
    # not: youth work done
    assert sectors("The department of ideological work will hold a youth festival with Osh.") == {"culture"}
    assert sectors("The committee discussed the work of youth organisations.") == {"culture"}


def test_canned_and_frozen_vegetables_are_food() -> None:
    assert sectors("Armenia supplies brandy, mineral water and canned vegetables to the region.") == {"food"}
    assert sectors("The region exports canned fruits and juices.") == {"food"}
    # not: fresh produce beside them
    assert sectors("The region exports vegetables and canned fish.") == {"agriculture", "food"}
    assert sectors("Frozen vegetables and fresh fruits came from Egypt.") == {"agriculture", "food"}


def test_repairs_of_homes_are_housing_and_communal_services() -> None:
    assert sectors("Under the programme of capital repairs of apartment blocks the city will replace 300 lifts.") == {
        "housing_utilities", "machine_building"}
    assert sectors("The lifts will go to the overhaul of residential buildings in Omsk.") == {
        "housing_utilities", "machine_building"}
    # not: repairs of other things
    assert sectors("The plant needs capital repairs of its workshops.") == set()


def test_a_sectors_troubles_as_the_cause_of_a_figure_are_no_sector() -> None:
    assert sectors("Trade fell by 12%, which the ministry attributed to higher logistics costs.") == set()
    assert sectors("The figure was reached despite the sanctions and the logistics problems.") == set()
    assert sectors("Exports fell by a quarter because of railway restrictions.") == set()
    assert sectors("Supplies dropped due to transport and logistics difficulties on the border.") == set()
    # not: troubles to be solved, a cause of something else, nor a cause far before the troubles
    assert sectors("The sides discussed how to cut logistics costs.") == {"transport"}
    assert sectors("Because of the sanctions, the sides will develop new logistics routes.") == {"transport"}
    assert sectors("Due to strong demand, Belarus will supply more tractors to Osh and cut its transport costs.") == {
        "machine_building", "transport"}


def test_a_place_of_a_kind_is_no_venue_named() -> None:
    assert sectors("Belarusian companies put 2.4 billion roubles in a logistics centre in Ulyanovsk.") == {"transport"}
    assert sectors("Students from Osh will work in a research centre in Minsk.") == {"education", "science_technology"}
    # not: a venue named
    assert sectors("The talks were held in the Palace of Culture.") == set()
    assert sectors("The fair opened at the Minsk Arena sports complex.") == set()


def test_money_invested_is_investment() -> None:
    assert sectors("Belarus invested about $500 million in the region in 2013.") == {"investment"}
    assert sectors("The Minsk company invests in a dairy plant near Omsk.") == {"food", "investment"}
    # not: effort or time, nor powers
    assert sectors("The sides invested much effort in the talks.") == set()
    assert sectors("The governor was invested with new powers.") == set()


def test_health_improving_rest_is_no_healthcare() -> None:
    assert sectors("Tourists came mainly for health-improving recreation in the sanatoriums of the region.") == {"tourism"}
    assert sectors("Children from Osh will come for health-improving rest.") == set()
    # not: health services and care
    assert sectors("The region invited Belarusian doctors to improve health services.") == {"healthcare"}
    assert sectors("The sides discussed cooperation in health care and medicine.") == {"healthcare"}


def test_the_makers_whose_goods_an_exposition_shows_are_no_sector_of_it() -> None:
    assert sectors("The Vitebsk stand features products of 12 enterprises, including Belneftekhim and Bellesbumprom.") == set()
    assert sectors("Among the exhibitors were Belneftekhim and the Borisov Glass Factory.") == set()
    # what the exposition's goods are, in lower case, still counts
    assert sectors("The stand presents products of the dairy and meat industry.") == {"food"}


def test_a_sector_word_before_a_word_of_studying_names_what_is_taught() -> None:
    assert sectors("She came to Minsk for its strong engineering education.") == {"education"}
    assert sectors("The university hosts 40 agricultural students from Hubei.") == {"education"}
    # the sector itself, and the studying after another word, still count
    assert sectors("The sides discussed engineering and education.") == {"machine_building", "education"}


def test_sugar_beet_is_a_crop_of_the_field() -> None:
    assert sectors("The krai needs Belarusian tractors for grain and sugar beet.") == {"agriculture", "machine_building"}
    assert sectors("Belarus buys sugar-beet seeds in the region.") == {"agriculture"}
    # (negative) sugar itself is food
    assert sectors("The region buys Belarusian sugar.") == {"food"}


def test_industrial_sites_where_machines_are_assembled_are_no_industry() -> None:
    assert sectors("The sides discussed assembling Belarusian combines at the industrial sites of the Naryn region.") == {
        "machine_building"}
    assert sectors("The delegation saw the largest industrial sites of the oblast.") == set()
    # industrial cooperation itself, even at a site, stays
    assert sectors("The sides agreed to expand industrial cooperation at the new site.") == {"industry"}


def test_the_title_of_a_document_another_one_implements_names_no_sector() -> None:
    assert sectors("The governors signed a plan for the implementation of the Agreement on trade, economic, scientific "
                   "and cultural cooperation between the regions.") == set()
    assert sectors("The sides agreed on steps to implement the agreement on scientific and cultural cooperation, and "
                   "discussed supplies of tractors.") == {"machine_building"}
    # a document signed under its own title still names its fields
    assert sectors("The governors signed an agreement on scientific and cultural cooperation.") == {
        "science_technology", "culture"}


def test_gas_stoves_are_no_energy_and_container_trains_are_transport() -> None:
    assert "energy" not in sectors("The exposition showed gas stoves of the Brest plant and furniture.")
    assert "energy" in sectors("The sides discussed supplies of gas to the region.")
    assert "transport" in sectors("The parties discussed regular container trains between Mogilev and Xi'an.")


def test_rules_of_a_category_are_those_that_need_it() -> None:
    """The rules a sentence runs are looked up by its categories: each category leads to every rule needing it, in
    the order of the rules."""
    from belcoop.parse.sectors import _RULES, _RULES_OF

    assert _RULES[_RULES_OF["machine"][0]][0].__name__ == "machine_purpose"
    assert [_RULES[k][0].__name__ for k in _RULES_OF["possess"]] == ["describing"]
    for category, rules in _RULES_OF.items():
        assert list(rules) == sorted(rules) and all(category in _RULES[k][1] for k in rules)
    assert find_sectors(["The plant makes agricultural and forestry vehicles."]) == ["machine_building"]


def test_phrases_opening_with_common_words_are_kept_by_their_anchor() -> None:
    """A phrase that opens with words found in most sentences is looked up by its first other word, and still found
    where it starts: common words alone start nothing."""
    from belcoop.parse.sectors import _anchor, _Element, _Entry, vocabulary

    def entry(*words: str) -> _Entry:
        return _Entry(tuple(_Element("w", w) for w in words), "describe", None, False)

    assert _anchor(entry("the", "largest")) == 1
    assert _anchor(entry("is", "in", "force")) == 2
    assert _anchor(entry("we", "have")) == 0  # only common words: kept by the first
    assert _anchor(entry("joint", "venture")) == 0
    assert vocabulary().grammar.known["the"] is None  # "the" opens only phrases kept by their anchors
    # found where they start: "is in force" marks a standing document, "the largest" a describing clause
    assert find_sectors(["An agreement on cultural cooperation is in force since 2017."]) == []
    assert find_sectors(["The sides signed an agreement on cultural cooperation."]) == ["culture"]
    assert find_sectors(["It is the largest industrial region of the country."]) == []
