//! Arabic function words (prepositions, particles, pronouns, auxiliaries): words that
//! carry no content. Comparison leaves them out of the words that make a passage, the
//! quotation finder out of speaker phrases, and the entity rules out of names; one list
//! serves all three, so that none depends on another's module.

use std::sync::OnceLock;

use crate::normalize::search_text;
use crate::tokenize::match_key;

/// Function words in their usual spellings; normalized and keyed on first use.
const STOPWORDS: &str = "\
في من على إلى الى عن مع أن إن ان أنه إنه انه أنها إنها لأن لان كان كانت يكون تكون كانوا \
قد لقد لا لم لن ما ماذا لما كما مثل هذا هذه ذلك تلك هؤلاء هو هي هم هن نحن أنا انت أنت \
الذي التي الذين اللذين اللتين اللذان اللتان اللاتي اللواتي و ف ثم أو او أم بل لكن لكن ولكن \
حتى إذا اذا إذ اذ إلا الا غير بين بعد قبل عند عندما منذ خلال حول ضد دون فوق تحت أمام وراء \
كل بعض أي اي أيضا ايضا فقط كذلك هناك هنا حيث كيف متى أين اين لدى لدي عليه عليها عليهم \
له لها لهم به بها بهم منه منها منهم فيه فيها فيهم إليه اليه إليها اليها عنه عنها وفي ومن \
وعلى وإلى وعن ومع وأن وإن وقد ولا ولم ولن وما وهو وهي وهم وكان وكانت يا إياه أنهم انهم \
إنهم أنني إنني ليس ليست أكثر اكثر أقل جدا عدة تم يتم سوف س بأن بان كأن لكي كي لعل ربما \
مما ممن عما فيما بينما كلما إما اما أما أي ذا ذو ذات الا تلكم اللذي أيا بما \
يزال تزال يزالون زال زالت مازال مازالت لازال لازالت";

fn stopwords() -> &'static std::collections::HashSet<String> {
    static SET: OnceLock<std::collections::HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = std::collections::HashSet::new();
        for w in STOPWORDS.split_whitespace() {
            let n = search_text(w);
            set.insert(n.clone());
            set.insert(match_key(&n));
        }
        set
    })
}

/// Whether `key` (a match key or a `search` form) is a function word.
pub(crate) fn is_function_word(key: &str) -> bool {
    stopwords().contains(key)
}
